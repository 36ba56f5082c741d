package io.github.zhifa.recording;

import java.util.Locale;
import java.util.Set;

/** The kind of a record item: text, photo, audio, video or other. */
public enum MediaKind {
    /** Written records: documents, forms, notes (文字记录). */
    TEXT,
    /** Photographs (照片). */
    PHOTO,
    /** Audio recordings (录音). */
    AUDIO,
    /** Video recordings, e.g. body-camera footage (录像). */
    VIDEO,
    /** Anything else. */
    OTHER;

    private static final Set<String> TEXT_EXT = Set.of("txt", "pdf", "doc", "docx", "odt", "ofd", "xml", "json", "rtf");
    private static final Set<String> PHOTO_EXT =
            Set.of("jpg", "jpeg", "png", "gif", "tif", "tiff", "heic", "bmp", "webp");
    private static final Set<String> AUDIO_EXT = Set.of("mp3", "wav", "aac", "m4a", "amr", "flac", "ogg", "wma");
    private static final Set<String> VIDEO_EXT = Set.of("mp4", "mov", "avi", "mkv", "ts", "m4v", "wmv", "3gp", "webm");

    /**
     * Guesses the kind from a file name's extension.
     *
     * @param fileName the file name
     * @return the kind, {@link #OTHER} when the extension is unknown
     */
    public static MediaKind fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (TEXT_EXT.contains(ext)) {
            return TEXT;
        }
        if (PHOTO_EXT.contains(ext)) {
            return PHOTO;
        }
        if (AUDIO_EXT.contains(ext)) {
            return AUDIO;
        }
        if (VIDEO_EXT.contains(ext)) {
            return VIDEO;
        }
        return OTHER;
    }
}
