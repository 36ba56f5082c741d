/**
 * Domain types of administrative law enforcement: the enforcement body (执法主体), officer (执法人员), category
 * (执法类别), party (当事人), decision (执法决定) and legal-basis citation (法律依据).
 *
 * <p>All are immutable records carrying Bean Validation constraints: construct them freely (a payload with problems
 * can be represented), then ask {@link io.github.zhifa.core.validation.ZhifaValidation} for every violation. They
 * round-trip through {@link io.github.zhifa.core.json.ZhifaJson} without loss. {@code toString()} never prints a
 * natural person's name or ID number in clear.
 */
package io.github.zhifa.core.domain;
