/**
 * Bean Validation constraints for Chinese identifiers that a host application can put on its own fields:
 * {@link io.github.zhifa.core.constraints.ResidentIdNumber @ResidentIdNumber},
 * {@link io.github.zhifa.core.constraints.UnifiedSocialCreditCode @UnifiedSocialCreditCode} and
 * {@link io.github.zhifa.core.constraints.OrganizationCode @OrganizationCode}.
 *
 * <p>Each applies to {@link java.lang.CharSequence} values; {@code null} is valid (add {@code @NotNull} where the
 * value is required). A violation names the rule that failed (length, alphabet, region, birth date, check
 * character expected vs found) and never the value itself. Messages come from the resource bundle
 * {@code ContributorValidationMessages} (English default and {@code _zh_CN}), which Hibernate Validator merges with
 * the host's own {@code ValidationMessages} instead of replacing it.
 */
package io.github.zhifa.core.constraints;
