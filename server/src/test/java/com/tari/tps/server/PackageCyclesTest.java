package com.tari.tps.server;

import com.tari.tps.server.config.EngineSettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's packages as a graph, read by jdeps from the compiled classes: which of them depend on each other in a
 * cycle. Package names are relative to {@code com.tari.tps.server} ("" is that package itself).
 */
class PackageCyclesTest {
    private static final String ROOT = "com.tari.tps.server";

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readDependencies() throws Exception {
        graph = dependencies(Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        assertThat(cycles(graph)).as("groups of packages that all reach each other").isEmpty();
    }

    @Test
    void orderAndPaymentRecordsSitBelowTheFeaturesThatUseThem() {
        // Matching (accounts), claims, events and the outbox all read orders and payments; the operations that tie
        // them together live one level up (orders.lifecycle, payments.processing), so the records never reach back.
        for (String records : List.of("orders", "payments")) {
            assertThat(graph.get(records)).as(records).doesNotContain("accounts", "claims", "events", "outbox",
                    "orders.lifecycle", "payments.processing");
        }
        assertThat(graph.get("events")).as("events").doesNotContain("accounts", "claims", "outbox",
                "orders.lifecycle", "payments.processing");
    }

    @Test
    void transactionsDependOnTheStoreAloneAndSoAreInNoCycle() {
        // Every service runs its work through tx; were tx to use a service, or events, it would close a cycle again.
        assertThat(graph.get("tx")).containsExactly("db");
        assertThat(cycles(graph)).noneMatch(cycle -> cycle.contains("tx"));
    }

    @Test
    void theCycleFinderSeesACycleThroughSeveralPackages() {
        // What the tests above rely on: a cycle of three, next to a package that only hangs off it, is found whole.
        Map<String, Set<String>> looped = Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), "d", Set.of());
        assertThat(cycles(looped)).containsExactly(Set.of("a", "b", "c"));
    }

    /** Package → the other server packages its classes use, from {@code jdeps -verbose:package}. */
    static Map<String, Set<String>> dependencies(Path classes) throws IOException, InterruptedException {
        Path jdeps = Path.of(System.getProperty("java.home"), "bin", "jdeps");
        Process process = new ProcessBuilder(jdeps.toString(), "-verbose:package", classes.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, Set<String>> deps = new TreeMap<>();
        for (String line : output.lines().toList()) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 3 && words[1].equals("->") && inServer(words[0]) && inServer(words[2])) {
                String from = relative(words[0]);
                String to = relative(words[2]);
                deps.computeIfAbsent(from, k -> new TreeSet<>());
                deps.computeIfAbsent(to, k -> new TreeSet<>());
                if (!from.equals(to)) {
                    deps.get(from).add(to);
                }
            }
        }
        assertThat(deps).as("jdeps found no server packages in %s: %s", classes, output).containsKey("db");
        assertThat(Files.isDirectory(classes)).isTrue();
        return deps;
    }

    private static boolean inServer(String pkg) {
        return pkg.equals(ROOT) || pkg.startsWith(ROOT + ".");
    }

    private static String relative(String pkg) {
        return pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
    }

    /** The groups of two or more packages that all reach each other (Tarjan's strongly connected components). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> found = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<Set<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}
