/**
 * Inspection rules: approval, notice, advance notice in working days with exempt kinds, urgent on-site inspections
 * and per-enterprise annual frequency caps.
 */
package io.github.zhifa.review.inspection;
