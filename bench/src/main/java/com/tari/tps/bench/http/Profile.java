package com.tari.tps.bench.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording's {@code jdk.ExecutionSample} events summarised without {@code jfr view} (JDK 17 has none): samples
 * per thread group, per kind of work (the top-most frame that belongs to a known library or the server), and the
 * hottest top frames.
 */
final class Profile {
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("org.sqlite.", "SQLite (JDBC driver and the database)");
        KINDS.put("ch.qos.logback.", "logging (logback)");
        KINDS.put("org.slf4j.", "logging (logback)");
        KINDS.put("com.tari.tps.common.schnorr.", "signatures (Schnorr verify)");
        KINDS.put("com.tari.tps.common.ristretto.", "signatures (Schnorr verify)");
        KINDS.put("org.bouncycastle.", "signatures (BouncyCastle)");
        KINDS.put("com.fasterxml.jackson.", "JSON (Jackson)");
        KINDS.put("org.jdbi.", "JDBI (SQL mapping)");
        KINDS.put("org.flywaydb.", "Flyway");
        KINDS.put("okhttp3.", "benchmark's HTTP client (OkHttp)");
        KINDS.put("okio.", "benchmark's HTTP client (OkHttp)");
        KINDS.put("com.tari.tps.bench.", "benchmark's own code");
        KINDS.put("org.eclipse.jetty.", "HTTP server (Jetty)");
        KINDS.put("io.javalin.", "HTTP server (Javalin)");
        KINDS.put("com.tari.tps.server.", "server code");
        KINDS.put("com.tari.tps.common.", "common code (addresses, amounts...)");
        KINDS.put("javax.crypto.", "HMAC (JCE)");
        KINDS.put("com.sun.crypto.", "HMAC (JCE)");
        KINDS.put("sun.security.", "HMAC (JCE)");
    }

    private Profile() {}

    /** The execution samples taken from {@code from} on. */
    static String summarise(Path jfr, java.time.Instant from) throws IOException {
        List<RecordedEvent> events = RecordingFile.readAllEvents(jfr);
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        Map<String, Integer> tops = new HashMap<>();
        Map<String, Integer> serverTops = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStartTime().isBefore(from)) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
            threads.merge(threadGroup(thread), 1, Integer::sum);
            List<RecordedFrame> frames = st.getFrames();
            tops.merge(name(frames.get(0)), 1, Integer::sum);
            String kind = "JDK / other";
            for (RecordedFrame f : frames) {
                String type = f.getMethod().getType().getName();
                String k = KINDS.entrySet().stream().filter(en -> type.startsWith(en.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
                if (k != null) {
                    kind = k;
                    break;
                }
            }
            kinds.merge(kind, 1, Integer::sum);
            for (RecordedFrame f : frames) {
                if (f.getMethod().getType().getName().startsWith("com.tari.tps.server.")) {
                    serverTops.merge(name(f), 1, Integer::sum);
                    break;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "JFR profile of the pairs row: %d execution samples (%s)%n", samples, jfr));
        out.append("\nby thread:\n").append(top(threads, samples, 10));
        out.append("\nby kind of work (top-most frame of a known library):\n").append(top(kinds, samples, 20));
        out.append("\nhottest top frames:\n").append(top(tops, samples, 15));
        out.append("\nhottest server frames (top-most com.tari.tps.server frame of each sample):\n").append(top(serverTops, samples, 12));
        return out.toString();
    }

    private static String threadGroup(String name) {
        if (name.startsWith("JettyServerThreadPool") || name.startsWith("qtp")) {
            return "Jetty request threads";
        }
        if (name.equals("store-writer")) {
            return "store-writer (group commit)";
        }
        if (name.startsWith("pool-") || name.startsWith("OkHttp")) {
            return "benchmark clients (OkHttp)";
        }
        return name.replaceAll("[-#]?\\d+$", "");
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String top(Map<String, Integer> counts, int total, int n) {
        StringBuilder b = new StringBuilder();
        counts.entrySet().stream().sorted((a, c) -> c.getValue() - a.getValue()).limit(n).forEach(en ->
                b.append(String.format(Locale.ROOT, "  %5.1f%%  %6d  %s%n", 100.0 * en.getValue() / total, en.getValue(), en.getKey())));
        return b.toString();
    }
}
