package com.tari.tps.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.testing.TestSecrets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The suite's last check (its own failsafe execution, after the release stage): no secret the tests configure is in
 * any line that the tests or the programs they ran wrote. It reads every module's {@code target/*-reports/*-output.txt}
 * (each test class's output, in-process servers' logs included) and the shipped programs' logs kept under
 * {@link Shipped#LOGS}. A finding names the file, the line number and which secret it is, never the secret itself.
 */
class SecretsInLogsScan {
    @Test
    void noConfiguredSecretIsInAnyLineTheSuiteLogged() throws IOException {
        List<Path> logs = logsOfThisBuild();
        assertThat(logs).as("no logs to scan: the release tests keep theirs in " + Shipped.LOGS).isNotEmpty();
        List<String> findings = new ArrayList<>();
        long lines = 0;
        for (Path log : logs) {
            lines += scan(log, TestSecrets.all(), findings);
        }
        System.out.printf("Scanned %d lines in %d log files for %d configured secrets%n", lines, logs.size(), TestSecrets.all().size());
        assertThat(findings).as("configured secrets in log lines").isEmpty();
    }

    private static List<Path> logsOfThisBuild() throws IOException {
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Shipped.ROOT)) {
            for (Path module : modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml"))).sorted().toList()) {
                for (String reports : List.of("surefire-reports", "failsafe-reports")) {
                    Path dir = module.resolve("target").resolve(reports);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> files = Files.list(dir)) {
                            files.filter(f -> f.getFileName().toString().endsWith("-output.txt")).sorted().forEach(logs::add);
                        }
                    }
                }
            }
        }
        if (Files.isDirectory(Shipped.LOGS)) {
            try (Stream<Path> kept = Files.walk(Shipped.LOGS)) {
                kept.filter(Files::isRegularFile).sorted().forEach(logs::add);
            }
        }
        return logs;
    }

    /** Adds "file:line: which secret" for each line holding a secret; returns the number of lines read. */
    static long scan(Path log, Map<String, String> secrets, List<String> findings) throws IOException {
        long number = 0;
        // Malformed bytes become U+FFFD instead of stopping the scan (a log may hold a cut-off character).
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                for (Map.Entry<String, String> secret : secrets.entrySet()) {
                    if (line.contains(secret.getValue())) {
                        findings.add(Shipped.ROOT.relativize(log) + ":" + number + ": " + secret.getKey());
                    }
                }
            }
        }
        return number;
    }
}
