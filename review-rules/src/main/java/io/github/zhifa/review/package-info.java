/**
 * Declarative review rules, their evaluation (REQUIRED / NOT_REQUIRED / UNDETERMINED) and explanations.
 */
package io.github.zhifa.review;
