package io.github.zhifa.recording.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/** Crash-safe file writing: temporary file beside the target, fsync, atomic rename, fsync of the directory. */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes a file atomically: a reader sees the old content or the whole new content, never a part.
     *
     * @param target the file
     * @param content the bytes
     * @throws IOException on failure (the target is then unchanged)
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            writeNew(tmp, content);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
        fsyncDir(dir);
    }

    /**
     * Creates a new file with the content and forces it to the disk (no rename: for files inside a directory that
     * is itself renamed into place at the end).
     *
     * @param file the file, which must not exist
     * @param content the bytes
     * @throws IOException on failure
     */
    public static void writeNew(Path file, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(content);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
    }

    /**
     * Renames atomically (replacing the target when it is a file).
     *
     * @param from the source
     * @param to the target
     * @throws IOException if the file system cannot rename atomically or the rename fails
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename " + from.getFileName() + " atomically", e);
        }
    }

    /**
     * Forces a directory's entries to the disk, where the platform allows it (Linux, macOS); elsewhere a no-op.
     *
     * @param dir the directory
     */
    public static void fsyncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; NTFS journals the rename itself.
        }
    }

    /**
     * Deletes a directory tree, best effort, without following links.
     *
     * @param root the tree
     */
    public static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover temporary directory is hidden and never looks like a bag
        }
    }
}
