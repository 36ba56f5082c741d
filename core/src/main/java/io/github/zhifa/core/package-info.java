/**
 * Domain types of administrative enforcement and the {@link io.github.zhifa.core.ZhifaException} hierarchy.
 */
package io.github.zhifa.core;
