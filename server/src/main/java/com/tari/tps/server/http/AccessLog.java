package com.tari.tps.server.http;

import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request except /health: client IP, forwarding headers, request line, status, user agent, duration.
 * Headers that carry tokens are never read here, and the query string is left out (it is not part of the API).
 */
final class AccessLog {
    private static final Logger log = LoggerFactory.getLogger("access");
    private static final String STARTED = "tps.started";

    private AccessLog() {}

    static void install(Javalin app, ClientIp clientIp) {
        app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        app.after(ctx -> {
            if (ctx.path().equals("/health")) {
                return;
            }
            Long started = ctx.attribute(STARTED);
            long ms = started == null ? 0 : (System.nanoTime() - started) / 1_000_000;
            log.info("{} xff=\"{}\" fwd=\"{}\" \"{} {}\" {} \"{}\" {}ms", clientIp.of(ctx).orElse("-"),
                    orDash(ctx.header("X-Forwarded-For")), orDash(ctx.header("Forwarded")), ctx.method(), ctx.path(),
                    ctx.statusCode(), orDash(ctx.userAgent()), ms);
        });
    }

    private static String orDash(String s) {
        return s == null ? "-" : s.replace("\"", "'");
    }
}
