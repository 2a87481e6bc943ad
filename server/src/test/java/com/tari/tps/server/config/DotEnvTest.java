package com.tari.tps.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvTest {
    @TempDir
    Path dir;

    @Test
    void theFileFillsGapsAndTheEnvironmentWins() throws Exception {
        Path file = dir.resolve(".env");
        Files.writeString(file, "# comment\nTPG_PORT=9000\nexport TPG_HOST=\"0.0.0.0\"\nTPG_STRICT_MODE='false'\nnot a line\n");
        Environment env = new Environment(DotEnv.overlay(Map.of("TPG_PORT", "8361")::get, DotEnv.read(file)));
        assertThat(env.port("TPG_PORT", 1)).isEqualTo(8361);
        assertThat(env.get("TPG_HOST", "x")).isEqualTo("0.0.0.0");
        assertThat(env.flag("TPG_STRICT_MODE", true)).isFalse();
        assertThat(DotEnv.read(dir.resolve("missing"))).isEmpty();
    }
}
