package com.tari.tps.common.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one way times are shown to people: UTC to the minute, {@code 2026-12-07 14:03 UTC}. Thread-safe. */
public final class DisplayTime {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private DisplayTime() {}

    public static String of(Instant time) {
        return MINUTES.format(time);
    }
}
