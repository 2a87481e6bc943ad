package com.tari.tps.taritools.commands;

import java.io.PrintWriter;

/** The dashed frames the Rust taritools prints around its output. */
final class Frame {
    private static final String SIDE = "-".repeat(29);
    private static final String RULE = "-".repeat(72);

    private Frame() {}

    static void open(PrintWriter out, String title) {
        out.println(SIDE + " " + title + " " + SIDE);
    }

    static void close(PrintWriter out) {
        out.println(RULE);
        out.flush();
    }
}
