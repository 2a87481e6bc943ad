package com.tari.tps.server;

import com.tari.tps.server.config.Environment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A health check for places without curl (the Docker image's {@code HEALTHCHECK}): asks the server on this machine for
 * {@code GET /health?format=json} and exits 0 when it answers 200 (up, database reachable), 1 otherwise (refused,
 * timed out, 503). It reads {@code TPG_PORT} and {@code TPG_HOST} the way the server does (environment over
 * {@code .env}); a wildcard bind address ({@code 0.0.0.0}, {@code ::}) is asked on loopback.
 *
 * <p>Run it from the server jar: {@code java -cp tari-payment-server.jar com.tari.tps.server.HealthProbe}.
 */
public final class HealthProbe {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private HealthProbe() {}

    public static void main(String[] args) {
        int exit;
        try {
            exit = probe(Environment.system());
        } catch (Environment.ConfigException e) {
            System.err.println("unhealthy: " + e.getMessage());
            exit = 1;
        }
        System.exit(exit);
    }

    /** 0 when the server answers {@code /health} with 200, else 1; one line on stderr says why it is unhealthy. */
    static int probe(Environment env) {
        URI uri = URI.create("http://" + hostOf(env) + ":" + env.port("TPG_PORT", 8360) + "/health?format=json");
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() == 200) {
                return 0;
            }
            System.err.println("unhealthy: " + uri + " answered " + answer.statusCode());
        } catch (IOException e) {
            System.err.println("unhealthy: " + uri + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("unhealthy: interrupted");
        }
        return 1;
    }

    private static String hostOf(Environment env) {
        String host = env.get("TPG_HOST", "127.0.0.1");
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
