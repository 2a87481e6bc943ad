package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A request's id comes back in X-Request-Id and is on every log line the request causes. */
class RequestIdTest {
    @TempDir
    Path dir;

    @Test
    void theRequestIdIsAnsweredAndOnEveryLogLineOfTheRequest() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        OkHttpClient http = new OkHttpClient();
        try (ApiServer server = new ApiServer(dir)) {
            try (Response r = http.newCall(new Request.Builder().url(server.url("/api/wallets")).header("X-Request-Id", "shopper-42.a_b")
                    .header("tpg_access_token", "forged").build()).execute()) {
                assertThat(r.code()).isEqualTo(401);
                assertThat(r.header("X-Request-Id")).isEqualTo("shopper-42.a_b");
            }
            List<ILoggingEvent> lines = captured.list.stream()
                    .filter(e -> "shopper-42.a_b".equals(e.getMDCPropertyMap().get("request_id"))).toList();
            assertThat(lines).extracting(ILoggingEvent::getLoggerName).contains("refused", "access");

            try (Response r = http.newCall(new Request.Builder().url(server.url("/wallet/send_to"))
                    .header("X-Request-Id", "not ok; {injected}").build()).execute()) {
                assertThat(r.header("X-Request-Id")).as("an unusable id is replaced").matches("[0-9a-f-]{36}");
            }
            try (Response r = http.newCall(new Request.Builder().url(server.url("/wallet/send_to")).build()).execute()) {
                String id = r.header("X-Request-Id");
                assertThat(id).matches("[0-9a-f-]{36}");
                assertThat(captured.list).anySatisfy(e -> {
                    assertThat(e.getLoggerName()).isEqualTo("access");
                    assertThat(e.getMDCPropertyMap()).containsEntry("request_id", id);
                });
            }
        } finally {
            root.detachAppender(captured);
        }
    }
}
