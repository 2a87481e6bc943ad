package com.tari.tps.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the payment server. Configuration comes from {@code TPG_*} environment variables. */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        String host = env("TPG_HOST", "127.0.0.1");
        int port;
        try {
            port = Integer.parseInt(env("TPG_PORT", "8360"));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            System.err.println("TPG_PORT must be a port number from 0 to 65535, got '" + System.getenv("TPG_PORT") + "'");
            System.exit(1);
            return;
        }
        App app = App.start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
        log.info("Tari Payment Server listening on http://{}:{}", host, app.port());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
