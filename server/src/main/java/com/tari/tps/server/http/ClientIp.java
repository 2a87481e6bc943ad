package com.tari.tps.server.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The client IP used by the whitelists: the right-most X-Forwarded-For entry when trusted (the
 * one our own proxy appended), else the first Forwarded {@code for=} when trusted, else the TCP peer.
 */
public record ClientIp(boolean useXForwardedFor, boolean useForwarded) {

    public Optional<String> of(Context ctx) {
        return of(ctx::header, ctx.req().getRemoteAddr());
    }

    /** The same rule over any request's headers and TCP peer (e.g. a WebSocket upgrade). */
    public Optional<String> of(UnaryOperator<String> headers, String peer) {
        if (useXForwardedFor) {
            String header = headers.apply("X-Forwarded-For");
            if (header != null && !header.isBlank()) {
                String[] parts = header.split(",");
                String last = parts[parts.length - 1].trim();
                if (!last.isEmpty()) {
                    return Optional.of(last);
                }
            }
        }
        if (useForwarded) {
            String header = headers.apply("Forwarded");
            if (header != null) {
                for (String pair : header.split(",")[0].split(";")) {
                    String p = pair.trim();
                    if (p.regionMatches(true, 0, "for=", 0, 4)) {
                        return Optional.of(stripForwarded(p.substring(4)));
                    }
                }
            }
        }
        return peer == null || peer.isBlank() ? Optional.empty() : Optional.of(peer);
    }

    /** {@code "[2001:db8::1]:4711"} → {@code 2001:db8::1}; {@code 192.0.2.1:80} → {@code 192.0.2.1}. */
    static String stripForwarded(String value) {
        String v = value.trim().replace("\"", "");
        if (v.startsWith("[")) {
            int end = v.indexOf(']');
            return end > 0 ? v.substring(1, end) : v;
        }
        int colon = v.indexOf(':');
        return colon > 0 && v.indexOf(':', colon + 1) < 0 ? v.substring(0, colon) : v;
    }
}
