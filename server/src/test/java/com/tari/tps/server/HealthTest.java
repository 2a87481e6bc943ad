package com.tari.tps.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.server.http.ApiServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void healthAnswersOkOnARealPortAndUnknownRoutesAreJson404() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            try (Response response = server.get("/health", null)) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.body().string()).isEqualTo("👍️\n");
            }
            try (Response response = server.get("/nope", null)) {
                assertThat(response.code()).isEqualTo(404);
                assertThat(response.body().string()).contains("\"error\"");
            }
        }
    }

    @Test
    void healthStaysPlainTextForBrowsersAndMonitorsAndIsJsonWhenAskedFor() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            OkHttpClient http = new OkHttpClient();
            try (Response browser = http.newCall(new Request.Builder().url(server.url("/health"))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build()).execute()) {
                assertThat(browser.header("Content-Type")).startsWith("text/plain");
                assertThat(browser.body().string()).isEqualTo("👍️\n");
            }
            for (Request asked : new Request[] {
                    new Request.Builder().url(server.url("/health")).header("Accept", "application/json").build(),
                    new Request.Builder().url(server.url("/health?format=json")).build()}) {
                try (Response response = http.newCall(asked).execute()) {
                    assertThat(response.code()).isEqualTo(200);
                    assertThat(response.header("Content-Type")).startsWith("application/json");
                    JsonNode body = new ObjectMapper().readTree(response.body().string());
                    assertThat(body.get("status").asText()).isEqualTo("ok");
                    assertThat(body.get("db").asText()).isEqualTo("ok");
                    assertThat(body.get("sse").get("clients").asInt()).isZero();
                    assertThat(body.get("websocket").get("clients").asInt()).isZero();
                    assertThat(body.get("uptime_seconds").asLong()).isNotNegative();
                    assertThat(body.get("version").asText()).isEqualTo(System.getProperty("tps.build.version")).isNotEqualTo("dev");
                }
            }
        }
    }
}
