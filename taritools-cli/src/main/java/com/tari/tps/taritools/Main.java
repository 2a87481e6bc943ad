package com.tari.tps.taritools;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code taritools}. */
@Command(name = "taritools", mixinStandardHelpOptions = true, version = "taritools 0.1.0",
        description = "Keys, tokens and signatures for the Tari Payment Server.")
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override public void run() {
        spec.commandLine().usage(System.out);
    }
}
