package com.tari.tps.taritools.interactive;

/** One menu item's work; what it returns is shown in the result pane. */
@FunctionalInterface
interface Action {
    String run();
}
