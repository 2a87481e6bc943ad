package com.tari.tps.taritools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command answers --help, the tool answers --version, and the completion script knows the commands. */
class HelpAndCompletionTest {
    @Test
    void everyCommandHasHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(25);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Tool.Run run = Tool.run(Map.of(), args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("Usage:");
        }
    }

    @Test
    void versionAndCompletionScript() {
        assertThat(Tool.run(Map.of(), "--version").out().trim()).isEqualTo("taritools " + System.getProperty("tps.build.version"));
        Tool.Run completion = Tool.run(Map.of(), "generate-completion");
        assertThat(completion.exit()).isZero();
        assertThat(completion.out()).contains("complete -F", "wallet", "received", "--payment_id", "webhooks");
        assertThat(Tool.run(Map.of(), "shopify", "orders", "get").exit()).as("missing id is a usage error").isEqualTo(2);
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> out) {
        for (var entry : command.getSubcommands().entrySet()) {
            if (entry.getKey().equals("help") || entry.getKey().equals("generate-completion")) {
                continue;
            }
            List<String> child = new ArrayList<>(path);
            child.add(entry.getKey());
            out.add(child);
            collect(entry.getValue(), child, out);
        }
    }
}
