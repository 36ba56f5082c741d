package io.github.zhifa.modulepath.smoke;

import io.github.zhifa.core.constraints.ResidentIdNumber;
import io.github.zhifa.core.constraints.UnifiedSocialCreditCode;

/**
 * A host's own record carrying zhifa's constraints: Hibernate Validator reads its fields, so the host opens this
 * package to {@code org.hibernate.validator} (see {@code module-info.java}).
 *
 * @param idNumber a resident ID number
 * @param creditCode a unified social credit code
 */
public record HostRecord(@ResidentIdNumber String idNumber, @UnifiedSocialCreditCode String creditCode) {}
