package com.tari.tps.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildInfoTest {
    @Test
    void theVersionIsTheOneTheBuildStampedIn() {
        assertThat(System.getProperty("tps.build.version")).as("set by the build for tests").isNotBlank();
        assertThat(BuildInfo.version()).isEqualTo(System.getProperty("tps.build.version"));
    }
}
