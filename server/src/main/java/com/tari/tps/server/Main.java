package com.tari.tps.server;

import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the payment server. Configuration comes from {@code TPG_*} environment variables. */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    public static void main(String[] args) {
        String host = env("TPG_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("TPG_PORT", "8360"));
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false)
                .get("/health", ctx -> ctx.result("👍️\n"))
                .start(host, port);
        log.info("Tari Payment Server listening on http://{}:{}", host, app.port());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
