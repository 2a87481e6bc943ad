package com.tari.tps.taritools;

import com.tari.tps.server.config.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs taritools in-process with the given settings and captures what it prints. */
public final class Tool {
    private Tool() {}

    public record Run(int exit, String out, String err) {}

    public static Run run(Map<String, String> settings, String... args) {
        CommandLine cli = Main.commandLine(new Environment(settings::get));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
