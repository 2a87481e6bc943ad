package com.tari.tps.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service files of {@code deploy/}: the systemd unit passes systemd's own checks and keeps its sandbox, and the
 * Docker image's instructions run the jar this build produced, as a non-root user, with a health check that works.
 * No Docker daemon is needed: the image's entry point and health check are run here as the commands they are, with
 * the image's environment, against the built jar.
 */
class ServiceFilesIT {
    private static final Path UNIT = Shipped.ROOT.resolve("deploy/systemd/tari-payment-server.service");
    private static final Path DOCKERFILE = Shipped.ROOT.resolve("deploy/docker/Dockerfile");
    private static final Path COMPOSE = Shipped.ROOT.resolve("deploy/docker/compose.yaml");
    /** Where the unit and the image install the jar. */
    private static final String INSTALLED_JAR = "/opt/tari-payment-server/tari-payment-server.jar";
    private static final String STATE_DIR = "/var/lib/tari-payment-server";
    private static final Duration SERVER_GRACE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @BeforeAll
    static void built() {
        Shipped.assertJarsBuilt();
    }

    // ---- systemd ---------------------------------------------------------------------------------------------

    @Test
    void theUnitPassesSystemdAnalyzeVerify() throws Exception {
        Path unit = unitWithThisJava();
        Shipped.Run verify = new Shipped(dir, Map.of()).run(List.of(systemdAnalyze(), "verify", unit.toString()));
        assertThat(verify.exit()).as(verify.output()).isZero();
        assertThat(verify.output().lines().filter(line -> line.contains(unit.getFileName().toString())))
                .as("systemd-analyze's complaints about the unit").isEmpty();
    }

    @Test
    void theUnitsSandboxKeepsSystemdsExposureScoreLow() throws Exception {
        Path unit = unitWithThisJava();
        // --threshold is the exposure level times ten; 2.0 is well inside systemd's "OK" band.
        Shipped.Run security = new Shipped(dir, Map.of()).run(List.of(systemdAnalyze(), "security", "--offline=yes",
                "--threshold=20", "--no-pager", unit.toString()));
        assertThat(security.exit()).as(security.output()).isZero();
    }

    @Test
    void theUnitRunsTheInstalledJarSandboxedAndOutlastsTheGracefulStop() throws Exception {
        Map<String, List<String>> unit = unitSettings(Files.readString(UNIT));
        assertThat(unit.get("ExecStart")).singleElement().satisfies(exec -> assertThat(exec.split("\\s+"))
                .startsWith("/usr/bin/java").endsWith("-jar", INSTALLED_JAR));
        assertThat(Path.of(INSTALLED_JAR).getFileName()).isEqualTo(Shipped.SERVER_JAR.getFileName());
        for (String setting : List.of("DynamicUser=yes", "ProtectSystem=strict", "ProtectHome=yes", "NoNewPrivileges=yes",
                "PrivateTmp=yes", "StateDirectory=tari-payment-server", "Restart=on-failure", "SuccessExitStatus=143",
                "WorkingDirectory=" + STATE_DIR, "EnvironmentFile=-/etc/tari-payment-server/env",
                "Environment=TPG_DATABASE_URL=sqlite://" + STATE_DIR + "/tari_store.db")) {
            String key = setting.substring(0, setting.indexOf('='));
            assertThat(unit.get(key)).as(key).contains(setting.substring(key.length() + 1));
        }
        assertThat(seconds(unit.get("TimeoutStopSec").get(0))).as("TimeoutStopSec").isGreaterThan(SERVER_GRACE);
        assertThat(seconds(unit.get("RestartSec").get(0))).as("RestartSec").isBetween(Duration.ofSeconds(1), Duration.ofMinutes(1));
        assertThat(unit).as("the JVM's JIT needs writable executable memory").doesNotContainKey("MemoryDenyWriteExecute");
    }

    private Path unitWithThisJava() throws Exception {
        // verify checks that ExecStart's program exists; point it at this JVM's java, which exists on every machine
        // that runs this test (the unit's /usr/bin/java is Debian's and Ubuntu's path).
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path unit = dir.resolve(UNIT.getFileName());
        Files.writeString(unit, Files.readString(UNIT).replace("ExecStart=/usr/bin/java ", "ExecStart=" + java + " "));
        return unit;
    }

    private static String systemdAnalyze() {
        Path tool = Path.of("/usr/bin/systemd-analyze");
        Assumptions.assumeTrue(Files.isExecutable(tool), "skipped: /usr/bin/systemd-analyze is not installed (Debian package systemd)");
        return tool.toString();
    }

    /** The unit's {@code Key=value} lines, every value of a key in order (comments and section headers left out). */
    private static Map<String, List<String>> unitSettings(String text) {
        Map<String, List<String>> settings = new LinkedHashMap<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";") || line.startsWith("[")) {
                continue;
            }
            int eq = line.indexOf('=');
            settings.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
        }
        return settings;
    }

    private static Duration seconds(String value) {
        Matcher m = Pattern.compile("(\\d+)(s|min)?").matcher(value);
        assertThat(m.matches()).as(value).isTrue();
        long n = Long.parseLong(m.group(1));
        return "min".equals(m.group(2)) ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
    }

    // ---- Docker ----------------------------------------------------------------------------------------------

    @Test
    void theImageCopiesTheBuiltJarAndRunsItAsANonRootUserInExecForm() throws Exception {
        List<Instruction> image = Instruction.parse(Files.readString(DOCKERFILE));
        Instruction copy = only(image, "COPY");
        List<String> copied = List.of(copy.args().split("\\s+"));
        assertThat(copied).as("COPY <the jar the build makes> <where the unit installs it too>")
                .containsExactly(Shipped.ROOT.relativize(Shipped.SERVER_JAR).toString(), INSTALLED_JAR);

        int user = image.indexOf(only(image, "USER"));
        Instruction entrypoint = only(image, "ENTRYPOINT");
        assertThat(user).as("USER before ENTRYPOINT").isLessThan(image.indexOf(entrypoint));
        assertThat(only(image, "USER").args().split(":")[0]).isNotIn("root", "0");
        assertThat(image).noneMatch(i -> i.keyword().equals("CMD")).as("an argument makes the server print its help");
        assertThat(execForm(entrypoint)).as("exec form, so docker stop's SIGTERM reaches java").containsExactly("java", "-jar", INSTALLED_JAR);

        Instruction health = only(image, "HEALTHCHECK");
        List<String> probe = execForm(new Instruction("CMD", health.args().substring(health.args().indexOf("CMD ") + 4)));
        assertThat(probe).startsWith("java").contains(INSTALLED_JAR).endsWith("com.tari.tps.server.HealthProbe");
        try (ZipFile jar = new ZipFile(Shipped.SERVER_JAR.toFile())) {
            assertThat(jar.getEntry("com/tari/tps/server/HealthProbe.class")).as("the probe is in the jar").isNotNull();
        }

        Map<String, String> env = env(image);
        assertThat(only(image, "EXPOSE").args()).isEqualTo(env.get("TPG_PORT"));
        assertThat(env.get("TPG_DATABASE_URL")).isEqualTo("sqlite://" + STATE_DIR + "/tari_store.db");
        assertThat(only(image, "VOLUME").args()).isEqualTo("[\"" + STATE_DIR + "\"]");
        assertThat(only(image, "WORKDIR").args()).isEqualTo(STATE_DIR);
    }

    @Test
    void thePostgresqlComposeRunsTwoInstancesOnOneDatabaseThatIsUpFirst() throws Exception {
        Path file = COMPOSE.resolveSibling("compose.postgres.yaml");
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        JsonNode services = compose.path("services");
        assertThat(services.path("postgres").path("image").asText()).startsWith("postgres:");
        assertThat(services.path("postgres").path("healthcheck").path("test").toString()).contains("pg_isready");
        List<String> ports = new ArrayList<>();
        for (String name : List.of("tps-a", "tps-b")) {
            JsonNode tps = services.path(name);
            String url = tps.path("environment").path("TPG_DATABASE_URL").asText();
            assertThat(url).as(name).startsWith("postgresql://tps:").endsWith("@postgres:5432/tari");
            assertThat(tps.path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
            assertThat(tps.path("env_file").toString()).contains("postgres.env");
            assertThat(file.getParent().resolve(tps.path("build").path("context").asText()).normalize()).isEqualTo(Shipped.ROOT);
            ports.add(tps.path("ports").get(0).asText());
        }
        assertThat(ports).containsExactly("127.0.0.1:8361:8360", "127.0.0.1:8362:8360");
        assertThat(Files.readString(file)).as("the shared token keys come from postgres.env, never written here")
                .contains("TPG_JWT_SIGNING_KEY=<hex>").doesNotContainPattern("TPG_JWT_SIGNING_KEY: [0-9a-f]{64}");
    }

    @Test
    void composeRunsTheImageWithTheStoreInAVolume() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
        assertThat(compose.path("services").size()).as("one service on SQLite").isOne();
        JsonNode tps = compose.path("services").path("tari-payment-server");
        assertThat(tps.path("build").path("dockerfile").asText()).isEqualTo(Shipped.ROOT.relativize(DOCKERFILE).toString());
        assertThat(COMPOSE.getParent().resolve(tps.path("build").path("context").asText()).normalize()).isEqualTo(Shipped.ROOT);
        assertThat(tps.path("volumes").get(0).asText()).isEqualTo("tps-store:" + STATE_DIR);
        assertThat(compose.path("volumes").has("tps-store")).isTrue();
        assertThat(tps.path("ports").get(0).asText()).as("published on the host's loopback").isEqualTo("127.0.0.1:8360:8360");
        assertThat(seconds(tps.path("stop_grace_period").asText())).isGreaterThan(SERVER_GRACE);
    }

    /**
     * The image's ENTRYPOINT and HEALTHCHECK, run as written with the image's ENV (its paths moved into a temporary
     * folder): the probe says healthy while the server runs and unhealthy once it stopped, and SIGTERM ends the server
     * with the 143 that the unit counts as success.
     */
    @Test
    void theImagesHealthCheckFollowsTheServerStartedByItsEntrypoint() throws Exception {
        List<Instruction> image = Instruction.parse(Files.readString(DOCKERFILE));
        Path state = Files.createDirectories(dir.resolve("state"));
        Map<String, String> env = new LinkedHashMap<>();
        env(image).forEach((k, v) -> env.put(k, v.replace(STATE_DIR, state.toString())));
        env.put("TPG_PORT", String.valueOf(freePort()));
        Shipped shipped = new Shipped(state, env);
        Instruction health = only(image, "HEALTHCHECK");
        List<String> probe = inBuild(execForm(new Instruction("CMD", health.args().substring(health.args().indexOf("CMD ") + 4))));

        Process server = shipped.start(inBuild(execForm(only(image, "ENTRYPOINT"))), Shipped.keptLog("service-files-server.log"));
        try {
            assertThat(Shipped.eventually(Duration.ofSeconds(60), () -> shipped.run(probe).exit() == 0))
                    .as("healthy within a minute").isTrue();
        } finally {
            server.destroy(); // SIGTERM
            assertThat(server.waitFor(SERVER_GRACE.plusSeconds(10).toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
        assertThat(server.exitValue()).isEqualTo(143);
        assertThat(state.resolve("tari_store.db")).exists();
        Shipped.Run after = shipped.run(probe);
        assertThat(after.exit()).isEqualTo(1);
        // Before it, the JVM's own "Picked up JAVA_TOOL_OPTIONS" line: the image's heap cap, which a run may change.
        assertThat(after.output()).contains("Picked up JAVA_TOOL_OPTIONS: -Xmx");
        assertThat(after.output().strip().lines().reduce((a, b) -> b).orElse("")).startsWith("unhealthy: ");
    }

    /** The image's command with the installed jar replaced by the built one. */
    private static List<String> inBuild(List<String> command) {
        return command.stream().map(arg -> arg.equals(INSTALLED_JAR) ? Shipped.SERVER_JAR.toString() : arg).toList();
    }

    private static int freePort() throws Exception {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    /** One Dockerfile instruction: its keyword and its arguments, continuation lines joined. */
    record Instruction(String keyword, String args) {
        static List<Instruction> parse(String dockerfile) {
            List<Instruction> all = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : dockerfile.lines().toList()) {
                String stripped = line.strip();
                if (stripped.startsWith("#") || stripped.isEmpty() && current.length() == 0) {
                    continue;
                }
                if (stripped.endsWith("\\")) {
                    current.append(stripped, 0, stripped.length() - 1).append(' ');
                    continue;
                }
                current.append(stripped);
                String whole = current.toString().strip().replaceAll("\\s+", " ");
                current.setLength(0);
                int space = whole.indexOf(' ');
                all.add(new Instruction(whole.substring(0, space).toUpperCase(java.util.Locale.ROOT), whole.substring(space + 1)));
            }
            return all;
        }
    }

    private static Instruction only(List<Instruction> image, String keyword) {
        List<Instruction> found = image.stream().filter(i -> i.keyword().equals(keyword)).toList();
        assertThat(found).as(keyword).hasSize(1);
        return found.get(0);
    }

    /** The JSON array of an exec-form instruction; fails for the shell form. */
    private static List<String> execForm(Instruction instruction) throws Exception {
        assertThat(instruction.args()).as(instruction.keyword() + " in exec form").startsWith("[").endsWith("]");
        List<String> words = new ArrayList<>();
        new ObjectMapper().readTree(instruction.args()).forEach(word -> words.add(word.asText()));
        return words;
    }

    /** The image's ENV (KEY=value pairs). */
    private static Map<String, String> env(List<Instruction> image) {
        Map<String, String> env = new LinkedHashMap<>();
        image.stream().filter(i -> i.keyword().equals("ENV")).forEach(i -> {
            for (String pair : i.args().split(" ")) {
                env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        });
        return env;
    }
}
