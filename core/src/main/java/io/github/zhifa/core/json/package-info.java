/** The configured Jackson mapper of zhifa: strict, bounded, {@code java.time}-aware, with errors that say where. */
package io.github.zhifa.core.json;
