/** Implementation of zhifa's constraints and of {@code ZhifaValidation}: not exported, not API. */
package io.github.zhifa.core.internal.validation;
