package io.github.zhifa.cli.record;

import io.github.zhifa.cli.ExitCode;
import io.github.zhifa.cli.UsageException;
import io.github.zhifa.core.json.ZhifaJson;
import io.github.zhifa.recording.CaptureSpan;
import io.github.zhifa.recording.MediaKind;
import io.github.zhifa.recording.RecordItem;
import io.github.zhifa.recording.RecordManifest;
import io.github.zhifa.recording.coverage.CoverageCheck;
import io.github.zhifa.recording.coverage.CoverageReport;
import io.github.zhifa.recording.coverage.FullRecordingActivities;
import io.github.zhifa.recording.coverage.Gap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhifa record coverage ACTIVITY.json}: does the video cover an activity that needs full recording. */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = {
            "check that video covers an activity's time span and list the gaps above a tolerance.",
            "ACTIVITY.json: {\"activity\": \"SEIZURE\", \"start\": \"...Z\", \"end\": \"...Z\", \"toleranceSeconds\": 5,",
            "\"segments\": [{\"start\": ..., \"end\": ...}]}; --bag adds the VIDEO items of a bag's record manifest.",
            "Exit 0 covered or not required, 1 full recording required and not covered, 2 bad input."
        })
final class CoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTIVITY.json", description = "the activity and video segments")
    Path activityFile;

    @Option(names = "--bag", paramLabel = "BAG_DIR", description = "take video capture spans from this bag")
    Path bag;

    @Option(
            names = "--activities",
            paramLabel = "LIST.json",
            description = "the full-recording list (default: bundled)")
    Path activities;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    /**
     * The input document.
     *
     * @param activity the activity kind code or Chinese name
     * @param start the activity's start
     * @param end the activity's end
     * @param toleranceSeconds the largest ignored gap, seconds
     * @param segments video capture spans
     */
    record Request(String activity, Instant start, Instant end, Long toleranceSeconds, List<CaptureSpan> segments) {}

    @Override
    public Integer call() throws IOException {
        Request req = ZhifaJson.read(activityFile, Request.class);
        if (req.activity() == null || req.start() == null || req.end() == null) {
            throw new UsageException(activityFile + ": 'activity', 'start' and 'end' are required");
        }
        if (req.end().isBefore(req.start())) {
            throw new UsageException(activityFile + ": the activity's end is before its start");
        }
        List<CaptureSpan> video = new ArrayList<>(req.segments() == null ? List.of() : req.segments());
        if (bag != null) {
            Path m = bag.resolve(RecordManifest.FILE_NAME);
            if (!Files.isRegularFile(m)) {
                throw new UsageException("no " + RecordManifest.FILE_NAME + " in " + bag);
            }
            for (RecordItem item : RecordManifest.fromJson(Files.readString(m, StandardCharsets.UTF_8))
                    .items()) {
                if (item.mediaKind() == MediaKind.VIDEO && item.capture() != null) {
                    video.add(item.capture());
                }
            }
        }
        long tol = req.toleranceSeconds() == null ? 0 : req.toleranceSeconds();
        if (tol < 0) {
            throw new UsageException(activityFile + ": toleranceSeconds must not be negative");
        }
        FullRecordingActivities list =
                activities == null ? FullRecordingActivities.bundled() : FullRecordingActivities.read(activities);
        CoverageReport r = CoverageCheck.check(
                list, req.activity(), new CaptureSpan(req.start(), req.end()), video, Duration.ofSeconds(tol));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
            o.put("activity", r.activity());
            o.put("fullRecordingRequired", r.fullRecordingRequired());
            o.put("covered", r.covered());
            o.put("finding", r.finding());
            o.put("recordedSeconds", r.recorded().toSeconds());
            o.put("activitySeconds", r.activitySpan().duration().toSeconds());
            o.put("toleranceSeconds", tol);
            o.put("gaps", r.gaps());
            out.println(Json.pretty(o));
        } else {
            out.println(r.activity()
                    + (r.fullRecordingRequired() ? " (full recording required)" : " (not on the full-recording list)")
                    + ": " + (r.covered() ? "covered" : "NOT covered") + ", "
                    + r.recorded().toSeconds() + " of "
                    + r.activitySpan().duration().toSeconds() + " s recorded, tolerance " + tol + " s");
            for (Gap g : r.gaps()) {
                out.println("  gap " + beijing(g.start()) + " .. " + beijing(g.end()) + " ("
                        + g.duration().toSeconds() + " s)");
            }
        }
        out.flush();
        return r.finding() ? ExitCode.FINDING : ExitCode.OK;
    }

    /** Local time in China (UTC+8), as case handlers read it: 2024-05-12T09:40+08:00. */
    private static String beijing(java.time.Instant t) {
        return t.atZone(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString();
    }
}
