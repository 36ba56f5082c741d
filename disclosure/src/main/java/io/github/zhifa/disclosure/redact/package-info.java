/**
 * Redaction of personal data and secret terms in free text and structured payloads, with a report that never
 * contains the raw values.
 */
package io.github.zhifa.disclosure.redact;
