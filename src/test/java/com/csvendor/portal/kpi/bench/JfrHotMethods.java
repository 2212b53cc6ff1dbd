package com.csvendor.portal.kpi.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server spent its CPU during an import, from a flight recording's execution samples: the
 * methods most often on top of the stack, and the portal's own methods most often anywhere
 * below it (the work they cause, inclusive). Each as a share of all samples.
 */
final class JfrHotMethods {

    private static final String PORTAL = "com.csvendor.portal.";

    private JfrHotMethods() {
    }

    static void print(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> portal = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream().map(JfrHotMethods::name).filter(n -> n.startsWith(PORTAL)).distinct()
                    .forEach(n -> portal.merge(n, 1, Integer::sum));
            String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("-?\\d+$", "-N"), 1, Integer::sum);
        }
        System.out.printf("%d CPU samples in %s%n", samples, recording.getFileName());
        report("threads", threads, samples, 5);
        report("on top of the stack (self)", self, samples, top);
        report("portal methods on the stack (inclusive)", portal, samples, top);
    }

    private static void report(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("  " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(c -> System.out.printf("    %5.1f %%  %s%n", 100.0 * c.getValue() / Math.max(1, samples),
                        c.getKey()));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
