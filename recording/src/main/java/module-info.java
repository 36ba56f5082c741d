/**
 * Tamper-evident records of the enforcement process: manifests with SHA-256 and SM3 digests, BagIt packages,
 * an append-only Merkle case log and audio-video coverage checks.
 */
module io.github.zhifa.recording {
    requires transitive io.github.zhifa.core;
    requires org.slf4j;

    exports io.github.zhifa.recording;
    exports io.github.zhifa.recording.log;
    exports io.github.zhifa.recording.coverage;

    opens io.github.zhifa.recording to
            com.fasterxml.jackson.databind;
    opens io.github.zhifa.recording.log to
            com.fasterxml.jackson.databind;
    opens io.github.zhifa.recording.coverage to
            com.fasterxml.jackson.databind;
}
