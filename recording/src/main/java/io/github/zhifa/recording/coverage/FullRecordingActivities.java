package io.github.zhifa.recording.coverage;

import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.recording.RecordingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The list of activities that require full audio-video recording: data, not code. The bundled list follows the
 * seed plan (查封扣押财产、强制拆除 and other on-site activities touching personal liberty, life and health or major
 * property, case-handling premises, and processes likely to cause disputes); an agency loads its own
 * 《音像记录事项清单》 with {@link #read(Path)} or adds to the bundled one with {@link #with(List)}. Immutable.
 *
 * <p>JSON: {@code {"source": "...", "activities": [{"code", "nameZh", "nameEn", "basis"}]}}.
 *
 * @param source where the list comes from
 * @param activities the activity kinds
 */
public record FullRecordingActivities(String source, List<ActivityKind> activities) {
    private static final String RESOURCE = "full-recording-activities.json";

    /**
     * Checks the components.
     *
     * @param source the source
     * @param activities the kinds
     */
    public FullRecordingActivities {
        Objects.requireNonNull(source, "source");
        activities = List.copyOf(activities);
    }

    /**
     * The bundled list.
     *
     * @return the list
     */
    public static FullRecordingActivities bundled() {
        try (InputStream in = FullRecordingActivities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return ZhifaJson.read(in, RESOURCE, FullRecordingActivities.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a list from a JSON file.
     *
     * @param file the file
     * @return the list
     */
    public static FullRecordingActivities read(Path file) {
        return ZhifaJson.read(file, FullRecordingActivities.class);
    }

    /**
     * This list with more kinds added.
     *
     * @param more the extra kinds
     * @return a new list
     */
    public FullRecordingActivities with(List<ActivityKind> more) {
        List<ActivityKind> all = new ArrayList<>(activities);
        all.addAll(more);
        return new FullRecordingActivities(source + " + local additions", all);
    }

    /**
     * Finds a kind by code or Chinese name.
     *
     * @param codeOrName the code ({@code SEIZURE}) or Chinese name (查封扣押财产)
     * @return the kind, if listed
     */
    public Optional<ActivityKind> find(String codeOrName) {
        return activities.stream()
                .filter(a -> a.code().equalsIgnoreCase(codeOrName) || a.nameZh().equals(codeOrName))
                .findFirst();
    }

    /**
     * Finds a kind that must exist.
     *
     * @param codeOrName the code or Chinese name
     * @return the kind
     * @throws RecordingException if it is not listed
     */
    public ActivityKind require(String codeOrName) {
        return find(codeOrName)
                .orElseThrow(() -> new RecordingException(
                        RecordingException.BAD_ARGUMENT, "activity kind '" + codeOrName + "' is not listed"));
    }
}
