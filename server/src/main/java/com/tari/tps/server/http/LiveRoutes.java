package com.tari.tps.server.http;

import com.tari.tps.common.jwt.AccessToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.live.OrderSockets;
import com.tari.tps.server.live.SseHub;
import com.tari.tps.server.live.Viewer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.net.InetSocketAddress;
import java.util.OptionalLong;
import java.util.function.Predicate;

/** The live feeds: SSE {@code GET /api/events} (access token) and the checkout WebSocket {@code /ws} (public). */
final class LiveRoutes {
    private static final String EVENT_STREAM = "text/event-stream";

    private final SseHub sse;
    private final OrderSockets sockets;

    LiveRoutes(SseHub sse, OrderSockets sockets) {
        this.sse = sse;
        this.sockets = sockets;
    }

    void install(Javalin app) {
        // Javalin only streams to clients that ask for exactly text/event-stream; say so instead of an empty 200.
        app.before("/api/events", ctx -> {
            String accept = ctx.header("Accept");
            if (accept == null || !accept.trim().equalsIgnoreCase(EVENT_STREAM)) {
                throw new ApiError(406, "This is a Server-Sent Events stream: send Accept: text/event-stream.");
            }
        });
        app.sse("/api/events", client -> {
            AccessToken token = AccessGuard.token(client.ctx());
            Viewer viewer = new Viewer(token.address().toBase58(), token.allows(Role.READ_ALL));
            sse.serve(client, viewer, lastEventId(client.ctx()));
        }, Access.USER);
        app.ws("/ws", sockets::configure, Access.PUBLIC);
    }

    /** A WebSocket client may look up an order while its IP has budget left (shared with /order/status). */
    static Predicate<WsContext> lookupGate(ClientRateLimiter limiter, ClientIp clientIp) {
        return ws -> {
            String peer = ws.session.getRemoteAddress() instanceof InetSocketAddress address && address.getAddress() != null
                    ? address.getAddress().getHostAddress() : null;
            return limiter.acquire(clientIp.of(ws::header, peer).orElse("unknown")) == 0;
        };
    }

    /** {@code Last-Event-ID} (what browsers send on reconnect), else {@code ?last_event_id=}; a malformed one is ignored. */
    private static OptionalLong lastEventId(Context ctx) {
        String value = ctx.header("Last-Event-ID");
        if (value == null || value.isBlank()) {
            value = ctx.queryParam("last_event_id");
        }
        if (value == null || value.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
