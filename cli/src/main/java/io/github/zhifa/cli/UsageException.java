package io.github.zhifa.cli;

/** Bad usage or unreadable input detected by a subcommand: reported in one line, exit code 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where
     */
    public UsageException(String message) {
        super(message);
    }
}
