package com.tari.tps.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.server.http.ApiServer;
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
}
