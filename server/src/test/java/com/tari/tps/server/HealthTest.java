package com.tari.tps.server;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void healthAnswersOkOnARealPort() throws Exception {
        try (App app = App.start("127.0.0.1", 0)) {
            OkHttpClient http = new OkHttpClient();
            try (Response response = http.newCall(new Request.Builder()
                    .url("http://127.0.0.1:" + app.port() + "/health").build()).execute()) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.body().string()).isEqualTo("👍️\n");
            }
            try (Response response = http.newCall(new Request.Builder()
                    .url("http://127.0.0.1:" + app.port() + "/nope").build()).execute()) {
                assertThat(response.code()).isEqualTo(404);
            }
        }
    }
}
