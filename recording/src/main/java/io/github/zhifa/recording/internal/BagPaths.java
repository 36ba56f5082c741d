package io.github.zhifa.recording.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Paths inside a bag: RFC 8493 percent-encoding, NFC normalisation and the safety rules. */
public final class BagPaths {
    private BagPaths() {}

    /**
     * Encodes a path for a manifest line (RFC 8493 §2.1.3: CR, LF and % are percent-encoded).
     *
     * @param path the path
     * @return the encoded path
     */
    public static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * Decodes a path from a manifest line.
     *
     * @param encoded the encoded path
     * @return the path
     */
    public static String decode(String encoded) {
        StringBuilder sb = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                String hex = encoded.substring(i + 1, i + 3).toUpperCase(Locale.ROOT);
                switch (hex) {
                    case "25" -> {
                        sb.append('%');
                        i += 2;
                        continue;
                    }
                    case "0D" -> {
                        sb.append('\r');
                        i += 2;
                        continue;
                    }
                    case "0A" -> {
                        sb.append('\n');
                        i += 2;
                        continue;
                    }
                    default -> {}
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * NFC-normalises a path.
     *
     * @param path the path
     * @return the normalised path
     */
    public static String nfc(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC);
    }

    /**
     * Why a relative path is unsafe, if it is: absolute, a drive or UNC path, a backslash, an empty, {@code .} or
     * {@code ..} segment, or a NUL character.
     *
     * @param path the path with {@code /} separators
     * @return the reason, empty when the path is safe
     */
    public static Optional<String> unsafe(String path) {
        if (path.isEmpty()) {
            return Optional.of("empty path");
        }
        if (path.startsWith("/") || path.startsWith("\\") || (path.length() > 1 && path.charAt(1) == ':')) {
            return Optional.of("absolute path");
        }
        if (path.indexOf('\\') >= 0) {
            return Optional.of("backslash in path");
        }
        if (path.indexOf('\0') >= 0) {
            return Optional.of("NUL in path");
        }
        for (String seg : path.split("/", -1)) {
            if (seg.equals("..")) {
                return Optional.of("path traversal ('..')");
            }
            if (seg.isEmpty() || seg.equals(".")) {
                return Optional.of("empty or '.' path segment");
            }
        }
        return Optional.empty();
    }
}
