package com.tari.tps.server;

import io.javalin.Javalin;

/** The HTTP application: builds the Javalin server with its routes. Start it with {@link #start}; close to stop. */
public final class App implements AutoCloseable {
    static final String HEALTH_BODY = "👍️\n";

    private final Javalin javalin;

    private App(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts listening; port 0 picks a free port (see {@link #port()}). */
    public static App start(String host, int port) {
        Javalin javalin = Javalin.create(config -> config.showJavalinBanner = false)
                .get("/health", ctx -> ctx.contentType("text/plain; charset=utf-8").result(HEALTH_BODY));
        javalin.start(host, port);
        return new App(javalin);
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
