package com.tari.tps.server;

import com.tari.tps.server.config.Environment;
import com.tari.tps.server.config.HelpText;
import java.time.Clock;

/** Starts the payment server from its {@code TPG_*} settings (environment over {@code .env}); any argument prints help. */
public final class Main {
    private Main() {}

    /**
     * Hands the log settings to Logback before its first line: it reads system properties and the environment, not
     * {@code .env}. Returns false (after saying why) for a format it does not know.
     */
    private static boolean logTo(Environment env) {
        String format = env.get("TPG_LOG_FORMAT", "text");
        if (!format.equals("text") && !format.equals("json")) {
            System.err.println("Cannot start: TPG_LOG_FORMAT must be text or json, got '" + format + "'");
            System.exit(1);
            return false;
        }
        System.setProperty("TPG_LOG_FORMAT", format);
        env.get("TPG_LOG_LEVEL").ifPresent(level -> System.setProperty("TPG_LOG_LEVEL", level));
        return true;
    }

    public static void main(String[] args) {
        Environment env = Environment.system();
        if (!logTo(env)) {
            return;
        }
        if (args.length > 0) {
            System.out.print(HelpText.of(env));
            return;
        }
        App app;
        try {
            app = App.start(ServerConfig.from(env), Clock.systemUTC());
        } catch (Environment.ConfigException | App.PortInUseException | IllegalArgumentException e) {
            System.err.println("Cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
    }
}
