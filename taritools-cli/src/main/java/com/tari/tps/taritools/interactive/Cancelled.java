package com.tari.tps.taritools.interactive;

/** The user pressed Esc in a prompt: back to the menu, nothing done. */
final class Cancelled extends RuntimeException {
    Cancelled() {
        super("Cancelled", null, false, false);
    }
}
