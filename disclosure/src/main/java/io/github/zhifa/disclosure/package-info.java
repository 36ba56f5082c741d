/**
 * Disclosure payloads (行政处罚 and 行政许可 双公示 records, general disclosure records), validation and deadlines.
 */
package io.github.zhifa.disclosure;
