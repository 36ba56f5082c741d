/**
 * Chinese identifiers with checksum validation and precise error reporting: resident ID numbers (GB 11643),
 * unified social credit codes (GB 32100) and organisation codes (GB 11714).
 */
package io.github.zhifa.core.id;
