package io.github.zhifa.recording;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hashes files with SHA-256 and SM3 (and optionally SHA-512), reading each file once and feeding every digest from
 * the same buffer.
 *
 * <pre>{@code
 * Digests d = FileHasher.hash(Path.of("video.mp4"));            // one file
 * Map<Path, Digests> all = FileHasher.builder().threads(2).build().hashAll(files);
 * }</pre>
 *
 * <p>Memory is constant whatever the file size: each worker reuses one buffer of {@value #BUFFER_SIZE} bytes, so a
 * multi-gigabyte video hashes with a 64 MB heap. Instances are immutable and thread-safe.
 */
public final class FileHasher {
    /** The read buffer size, per worker thread. */
    public static final int BUFFER_SIZE = 1 << 20;

    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[BUFFER_SIZE]);
    /** Whether the current worker may use a helper thread for SHA-256 (set by {@link #runAll}). */
    private static final ThreadLocal<Boolean> SPLIT = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final int threads;
    private final boolean sha512;
    private final ProgressListener progress;

    private FileHasher(Builder b) {
        this.threads = b.threads;
        this.sha512 = b.sha512;
        this.progress = b.progress;
    }

    /**
     * A builder; defaults: one thread per available processor, no SHA-512, no progress.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Hashes one file with SHA-256 and SM3.
     *
     * @param file the file
     * @return its digests
     * @throws RecordingException if the file cannot be read
     */
    public static Digests hash(Path file) {
        return builder().threads(1).build().hashOne(file, null, null);
    }

    /**
     * Hashes one file, optionally copying it at the same time (the file is still read only once).
     *
     * @param file the file
     * @param copyTo where to copy the bytes, or {@code null}
     * @param done a shared counter for progress, or {@code null}
     * @return the digests
     * @throws RecordingException if the file cannot be read or the copy written
     */
    Digests hashOne(Path file, OutputStream copyTo, AtomicLong done) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return hashStream(in, copyTo, done, -1);
        } catch (IOException e) {
            throw new RecordingException(RecordingException.IO, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Hashes a stream to its end (the stream is not closed).
     *
     * @param in the stream
     * @return the digests
     * @throws RecordingException if the stream cannot be read
     */
    public Digests hash(InputStream in) {
        try {
            return hashStream(Objects.requireNonNull(in, "in"), null, null, -1);
        } catch (IOException e) {
            throw new RecordingException(RecordingException.IO, "cannot read input: " + e.getMessage(), e);
        }
    }

    private Digests hashStream(InputStream in, OutputStream copyTo, AtomicLong done, long total) throws IOException {
        if (SPLIT.get()) {
            return hashSplit(in, copyTo, done, total);
        }
        MessageDigest s256 = newDigest("SHA-256");
        MessageDigest s512 = sha512 ? newDigest("SHA-512") : null;
        Sm3 sm3 = new Sm3();
        byte[] buf = BUFFERS.get();
        long size = 0;
        int n;
        while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
            s256.update(buf, 0, n);
            sm3.update(buf, 0, n);
            if (s512 != null) {
                s512.update(buf, 0, n);
            }
            if (copyTo != null) {
                copyTo.write(buf, 0, n);
            }
            size += n;
            if (done != null) {
                long d = done.addAndGet(n);
                progress.progress(d, total);
            }
        }
        return new Digests(
                size,
                HEX.formatHex(s256.digest()),
                HEX.formatHex(sm3.digest()),
                s512 == null ? java.util.Optional.empty() : java.util.Optional.of(HEX.formatHex(s512.digest())));
    }

    /**
     * Like {@link #hashStream} but SHA-256 (and SHA-512) run on a helper thread while this thread computes SM3, on
     * two alternating buffers: used when there are spare threads (fewer files than half the threads), so one large
     * file takes about the time of its SM3 alone.
     */
    private Digests hashSplit(InputStream in, OutputStream copyTo, AtomicLong done, long total) throws IOException {
        MessageDigest s256 = newDigest("SHA-256");
        MessageDigest s512 = sha512 ? newDigest("SHA-512") : null;
        Sm3 sm3 = new Sm3();
        byte[][] bufs = {new byte[BUFFER_SIZE], new byte[BUFFER_SIZE]};
        List<Future<?>> pending = new ArrayList<>(java.util.Arrays.asList(null, null));
        ExecutorService helper = Executors.newSingleThreadExecutor(FileHasher::daemon);
        try {
            long size = 0;
            int k = 0;
            while (true) {
                await(pending.get(k));
                byte[] buf = bufs[k];
                int n = in.readNBytes(buf, 0, buf.length);
                if (n <= 0) {
                    break;
                }
                pending.set(k, helper.submit(() -> {
                    s256.update(buf, 0, n);
                    if (s512 != null) {
                        s512.update(buf, 0, n);
                    }
                }));
                sm3.update(buf, 0, n);
                if (copyTo != null) {
                    copyTo.write(buf, 0, n);
                }
                size += n;
                if (done != null) {
                    progress.progress(done.addAndGet(n), total);
                }
                k ^= 1;
            }
            await(pending.get(0));
            await(pending.get(1));
            return new Digests(
                    size,
                    HEX.formatHex(s256.digest()),
                    HEX.formatHex(sm3.digest()),
                    s512 == null ? java.util.Optional.empty() : java.util.Optional.of(HEX.formatHex(s512.digest())));
        } finally {
            helper.shutdownNow();
        }
    }

    private static void await(Future<?> f) throws IOException {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("digest update failed", e.getCause());
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "zhifa-hash");
        t.setDaemon(true);
        return t;
    }

    /**
     * Hashes several files in parallel, each read once.
     *
     * @param files the files
     * @return the digests, in the order of {@code files}
     * @throws RecordingException if a file cannot be read
     */
    public Map<Path, Digests> hashAll(List<Path> files) {
        Objects.requireNonNull(files, "files");
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                throw new RecordingException(RecordingException.IO, "cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        long grand = total;
        AtomicLong done = new AtomicLong();
        List<Digests> results = runAll(files.size(), i -> {
            try (InputStream in = Files.newInputStream(files.get(i))) {
                return hashStream(in, null, done, grand);
            }
        });
        Map<Path, Digests> out = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            out.put(files.get(i), results.get(i));
        }
        return out;
    }

    /** One unit of parallel work. */
    @FunctionalInterface
    interface Job<T> {
        T run(int index) throws IOException;
    }

    /**
     * Runs {@code count} jobs on this hasher's threads and returns their results in order.
     *
     * @param <T> the result type
     * @param count the number of jobs
     * @param job the job
     * @return the results
     */
    <T> List<T> runAll(int count, Job<T> job) {
        int n = Math.max(1, Math.min(threads, count));
        boolean split = threads >= 2 * Math.max(1, count);
        if (n == 1) {
            boolean before = SPLIT.get();
            SPLIT.set(split);
            try {
                return runSequential(count, job);
            } finally {
                SPLIT.set(before);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(
                n,
                r -> daemon(() -> {
                    SPLIT.set(split);
                    r.run();
                }));
        return runPooled(count, job, pool);
    }

    private static <T> List<T> runSequential(int count, Job<T> job) {
        List<T> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            try {
                out.add(job.run(i));
            } catch (IOException e) {
                throw new RecordingException(RecordingException.IO, "I/O failure: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static <T> List<T> runPooled(int count, Job<T> job, ExecutorService pool) {
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int idx = i;
                futures.add(pool.submit(() -> job.run(idx)));
            }
            List<T> out = new ArrayList<>(count);
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecordingException(RecordingException.IO, "interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RecordingException re) {
                throw re;
            }
            throw new RecordingException(RecordingException.IO, "I/O failure: " + c.getMessage(), c);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The progress listener of this hasher.
     *
     * @return the listener
     */
    ProgressListener progress() {
        return progress;
    }

    /**
     * Whether this hasher also computes SHA-512.
     *
     * @return true if it does
     */
    public boolean sha512() {
        return sha512;
    }

    /**
     * Hashes with a shared progress counter (used by the bag writer, which copies while hashing).
     *
     * @param in the input
     * @param copyTo the copy, or {@code null}
     * @param done the shared counter
     * @param total the total for progress
     * @return the digests
     * @throws IOException on I/O failure
     */
    Digests hashCopy(InputStream in, OutputStream copyTo, AtomicLong done, long total) throws IOException {
        return hashStream(in, copyTo, done, total);
    }

    private static MessageDigest newDigest(String alg) {
        try {
            return MessageDigest.getInstance(alg);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(alg + " is required of every Java platform", e);
        }
    }

    /** Builds a {@link FileHasher}. */
    public static final class Builder {
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean sha512;
        private ProgressListener progress = ProgressListener.NONE;

        private Builder() {}

        /**
         * The number of files hashed at once.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads < 1");
            }
            this.threads = threads;
            return this;
        }

        /**
         * Also computes SHA-512.
         *
         * @param sha512 whether to
         * @return this builder
         */
        public Builder sha512(boolean sha512) {
            this.sha512 = sha512;
            return this;
        }

        /**
         * Where to report progress.
         *
         * @param progress the listener
         * @return this builder
         */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Builds the hasher.
         *
         * @return the hasher
         */
        public FileHasher build() {
            return new FileHasher(this);
        }
    }
}
