package com.tari.tps.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version this build was made as, so the server and taritools report the same one. Maven writes it into
 * {@code version.properties} (resource filtering); a classpath that skipped that step (some IDE runs) says
 * {@code unknown} rather than pretending to be a release.
 */
public final class BuildInfo {
    private static final String VERSION = load();

    private BuildInfo() {}

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build version", e);
        }
    }
}
