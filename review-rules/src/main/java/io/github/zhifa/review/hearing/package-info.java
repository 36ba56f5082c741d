/**
 * Hearing timing under 行政处罚法 art. 64, counted in working days (art. 85) with {@code zhifa-calendar}.
 */
package io.github.zhifa.review.hearing;
