package com.tari.tps.taritools.profiles;

import com.tari.tps.server.config.Environment;

/** The server taritools talks to when no profile says otherwise. */
public final class DefaultServer {
    private DefaultServer() {}

    /** {@code {TPG_SCHEMA}://{TPG_HOST}[:{TPG_PORT}]}; http://localhost:4444 when neither host nor port is set. */
    public static String url(Environment env) {
        var host = env.get("TPG_HOST");
        var port = env.get("TPG_PORT");
        if (host.isEmpty() && port.isEmpty()) {
            return "http://localhost:4444";
        }
        return env.get("TPG_SCHEMA", "http") + "://" + host.orElse("localhost") + port.map(p -> ":" + p).orElse("");
    }
}
