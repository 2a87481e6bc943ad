package com.tari.tps.server;

import com.tari.tps.server.db.Database;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.engine.EngineSettings;
import com.tari.tps.server.events.EventBus;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the payment server: database, engine and its expiry worker, then HTTP. Configuration from {@code TPG_*}. */
public final class Main {
    private static final Logger log = LoggerFactory.getLogger(Main.class);
    private static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(1);

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
        Database database = Database.open(env("TPG_DATABASE_URL", "sqlite://data/tari_store.db"));
        log.info("Database ready at {}", database.location());
        EventBus events = new EventBus();
        Engine engine = Engine.create(database, Clock.systemUTC(), EngineSettings.defaults(), events);
        engine.expiry().start(EXPIRY_INTERVAL);

        App app = App.start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            engine.expiry().close();
            events.close();
        }, "shutdown"));
        log.info("Tari Payment Server listening on http://{}:{}", host, app.port());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
