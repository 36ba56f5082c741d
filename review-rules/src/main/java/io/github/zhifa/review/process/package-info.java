/**
 * The legal review itself (法制审核): the checklist of what is reviewed, the written opinion (同意 / 存在问题), the
 * resubmission and collective-discussion path, and the reviewer staffing ratio.
 */
package io.github.zhifa.review.process;
