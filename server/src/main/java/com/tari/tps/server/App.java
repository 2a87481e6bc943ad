package com.tari.tps.server;

import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.http.HttpApi;
import io.javalin.Javalin;

/** The running HTTP server over an engine. Close it to stop listening. */
public final class App implements AutoCloseable {
    private final Javalin javalin;

    private App(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts listening; port 0 picks a free port (see {@link #port()}). */
    public static App start(HttpApi api, Engine engine, String host, int port) {
        Javalin javalin = api.build(engine);
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
