package com.tari.tps.server.http;

import io.javalin.Javalin;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token (a proxy's or a client's
 * own), else a new one. It is sent back in {@code X-Request-Id} and is in every log line of the request
 * ({@code request_id} in the logging context), so one request can be followed through the logs. Javalin handles
 * a request on one thread, from the first before-handler to the last after-handler.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "request_id";
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    private RequestIds() {}

    /** Installed first, so every later handler and the access log see the id. */
    static void install(Javalin app) {
        app.before(ctx -> {
            String given = ctx.header(HEADER);
            String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            MDC.put(MDC_KEY, id);
            ctx.header(HEADER, id);
        });
    }

    /** Installed last: the thread goes back to Jetty's pool without it. */
    static void clearAfter(Javalin app) {
        app.after(ctx -> MDC.remove(MDC_KEY));
    }
}
