package io.github.zhifa.recording;

/**
 * Told how far long work (hashing, packing) has got. Called from worker threads, possibly concurrently; an
 * implementation must be thread-safe and quick.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> {};

    /**
     * Reports progress.
     *
     * @param bytesDone bytes processed so far, over all files
     * @param bytesTotal bytes to process in all
     */
    void progress(long bytesDone, long bytesTotal);
}
