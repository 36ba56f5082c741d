/**
 * Exemption lists (免罚清单, 从轻处罚清单, 减轻处罚清单): a department's lists of violations that are not penalised, may
 * be left unpunished, or are penalised lightly or below the minimum, loaded as data ({@link
 * io.github.zhifa.review.exemption.ExemptionList}) and evaluated by compiling each item to a {@link
 * io.github.zhifa.review.Rule} of the rule model, with an explanation citing the list item and the law.
 */
package io.github.zhifa.review.exemption;
