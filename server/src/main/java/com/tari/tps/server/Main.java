package com.tari.tps.server;

import com.tari.tps.server.config.Environment;
import com.tari.tps.server.config.HelpText;
import java.time.Clock;

/** Starts the payment server from its {@code TPG_*} settings (environment over {@code .env}); any argument prints help. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Environment env = Environment.system();
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
