/**
 * Validation of zhifa payloads: {@link io.github.zhifa.core.validation.Violation} is what every module reports, with
 * a stable code, a field path and Chinese and English text.
 */
package io.github.zhifa.core.validation;
