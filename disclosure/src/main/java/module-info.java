/**
 * Disclosure (公示): 双公示 and general disclosure payloads, their validation and deadline checks, and redaction
 * of secrets and personal data before publication.
 */
module io.github.zhifa.disclosure {
    requires transitive io.github.zhifa.core;
    requires transitive io.github.zhifa.calendar;
    requires org.slf4j;

    exports io.github.zhifa.disclosure;
    exports io.github.zhifa.disclosure.redact;
}
