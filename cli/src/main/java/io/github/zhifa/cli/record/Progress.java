package io.github.zhifa.cli.record;

import io.github.zhifa.recording.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Progress on standard error, only when standard error is a terminal. */
final class Progress implements ProgressListener {
    private final PrintWriter err;
    private final String what;
    private long lastPrint;
    private int lastPercent = -1;

    private Progress(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    /**
     * A listener that shows progress when standard error is a terminal, else ignores it.
     *
     * @param err where to print
     * @param what a verb, e.g. "packing"
     * @param enabled false to never show progress
     * @return the listener
     */
    static ProgressListener onTerminal(PrintWriter err, String what, boolean enabled) {
        return enabled && stderrIsTerminal() ? new Progress(err, what) : ProgressListener.NONE;
    }

    /** Whether file descriptor 2 is a terminal: Linux via /proc, elsewhere the JVM's console check. */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.exists(fd2)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    @Override
    public synchronized void progress(long done, long total) {
        long now = System.nanoTime();
        int percent = total <= 0 ? 100 : (int) (100 * done / total);
        if (percent == lastPercent || (now - lastPrint < 200_000_000L && percent < 100)) {
            return;
        }
        lastPrint = now;
        lastPercent = percent;
        err.print(String.format(Locale.ROOT, "\r%s: %3d%% (%,d of %,d MB)", what, percent, done >> 20, total >> 20));
        if (percent >= 100) {
            err.print("\r\033[K");
        }
        err.flush();
    }
}
