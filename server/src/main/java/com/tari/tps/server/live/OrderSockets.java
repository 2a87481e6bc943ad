package com.tari.tps.server.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tari.tps.server.checkout.OrderStatusView;
import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.payments.Payment;
import com.tari.tps.server.workers.PeriodicTask;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.jetty.websocket.api.WriteCallback;

/**
 * The WebSocket {@code /ws} of checkout pages: each client names one order and hears about it.
 *
 * <p>Protocol (JSON text frames). Client → server: {@code {"type":"identify","order_id":"…"}} or
 * {@code {"type":"identify","externalId":"…"}} (a payment link's external id), {@code {"type":"pong"}} in answer to a
 * ping, {@code {"type":"ping"}} (answered with a pong). Server → client: {@code identified} and {@code status} (the
 * public order view plus {@code type}), {@code payment} ({@code order_id, amount, status}, followed by a {@code status}), {@code ping}, and
 * {@code error} with a {@code message} for anything it cannot do; an error never closes the connection.
 *
 * <p>Heartbeat: every ping interval the server sends {@code {"type":"ping"}}; a client that sent nothing for two
 * intervals is disconnected. Sends are asynchronous, so a slow client never blocks the engine. Thread-safe.
 */
public final class OrderSockets implements Consumer<LiveEvent>, AutoCloseable {
    /** A client trying many order ids is probing, not paying. */
    static final int MAX_IDENTIFY_PER_CONNECTION = 20;
    private static final int MAX_QUEUED_FRAMES = 256;

    private final ObjectMapper json;
    private final Function<String, Optional<OrderStatusView>> statuses;
    private final Function<String, Optional<String>> externalIds;
    private final Predicate<WsContext> lookupAllowed;
    private final Duration pingInterval;
    private final Map<String, Watcher> watchers = new ConcurrentHashMap<>();
    private final PeriodicTask heartbeat;

    /**
     * @param statuses      the public view of an order id, empty when unknown
     * @param externalIds   the order id behind a payment link's external id
     * @param lookupAllowed whether the client may look up one more order now (the per-IP budget that public order
     *                      lookups share, so a socket is no way around it)
     */
    public OrderSockets(ObjectMapper json, Function<String, Optional<OrderStatusView>> statuses,
                        Function<String, Optional<String>> externalIds, Predicate<WsContext> lookupAllowed,
                        Duration pingInterval) {
        this.json = json;
        this.statuses = statuses;
        this.externalIds = externalIds;
        this.lookupAllowed = lookupAllowed;
        this.pingInterval = pingInterval;
        this.heartbeat = new PeriodicTask("ws-heartbeat", this::beat);
    }

    private static final class Watcher {
        final WsContext ctx;
        volatile String orderId;
        volatile String orderName;
        volatile long lastHeardNanos = System.nanoTime();
        int identifications;

        Watcher(WsContext ctx) {
            this.ctx = ctx;
        }
    }

    /** Starts the heartbeat (once the server is up). */
    public void start() {
        heartbeat.start(pingInterval);
    }

    /** Installs the handlers on a {@code app.ws(path, …)} config. */
    public void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setIdleTimeout(pingInterval.multipliedBy(4));
            ctx.session.getRemote().setMaxOutgoingFrames(MAX_QUEUED_FRAMES);
            watchers.put(ctx.sessionId(), new Watcher(ctx));
        });
        ws.onMessage(ctx -> {
            Watcher watcher = watchers.get(ctx.sessionId());
            if (watcher != null) {
                watcher.lastHeardNanos = System.nanoTime();
                handle(watcher, ctx.message());
            }
        });
        ws.onClose(ctx -> watchers.remove(ctx.sessionId()));
        ws.onError(ctx -> watchers.remove(ctx.sessionId()));
    }

    private void handle(Watcher watcher, String text) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JsonProcessingException e) {
            error(watcher, "Messages are JSON objects with a \"type\".");
            return;
        }
        String type = message.path("type").asText("");
        switch (type) {
            case "identify" -> identify(watcher, message);
            case "pong" -> { }
            case "ping" -> send(watcher, message("pong"));
            default -> error(watcher, "Unknown message type '" + (type.length() > 40 ? type.substring(0, 40) : type)
                    + "'. Send identify, ping or pong.");
        }
    }

    private void identify(Watcher watcher, JsonNode message) {
        synchronized (watcher) {
            if (++watcher.identifications > MAX_IDENTIFY_PER_CONNECTION) {
                error(watcher, "Too many identify messages on one connection.");
                return;
            }
        }
        if (!lookupAllowed.test(watcher.ctx)) {
            error(watcher, "Too many order lookups from your address; try again in a minute.");
            return;
        }
        String orderId = text(message, "order_id");
        String externalId = Optional.ofNullable(text(message, "externalId")).orElse(text(message, "external_id"));
        Optional<OrderStatusView> view;
        if (orderId != null) {
            view = statuses.apply(orderId);
        } else if (externalId != null) {
            view = externalIds.apply(externalId).flatMap(statuses);
        } else {
            error(watcher, "identify needs an order_id or an externalId.");
            return;
        }
        if (view.isEmpty()) {
            error(watcher, "No such order.");
            return;
        }
        // Watch first, then read the view to send: a change committed before the watch is in that view, one after
        // it reaches accept(), whose send waits for this one, so the client's last message is never stale.
        synchronized (watcher) {
            watcher.orderName = view.get().orderName();
            watcher.orderId = view.get().orderId();
            OrderStatusView now = statuses.apply(watcher.orderId).orElse(view.get());
            ObjectNode identified = viewMessage("identified", now);
            if (externalId != null) {
                identified.put("external_id", externalId);
            }
            send(watcher, identified);
        }
    }

    private static String text(JsonNode message, String field) {
        JsonNode node = message.get(field);
        return node != null && node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
    }

    @Override
    public void accept(LiveEvent event) {
        // A payment may name an order by its alt id (its name, e.g. "#1002"), so watchers match on either.
        Map<String, List<ObjectNode>> byOrder = new java.util.HashMap<>();
        for (Watcher watcher : watchers.values()) {
            String orderId = watcher.orderId;
            if (orderId == null || !(event.orderIds().contains(orderId)
                    || (watcher.orderName != null && event.orderIds().contains(watcher.orderName)))) {
                continue;
            }
            List<ObjectNode> messages = byOrder.computeIfAbsent(orderId, id -> messagesFor(id, event.event()));
            synchronized (watcher) {
                messages.forEach(m -> send(watcher, m));
            }
        }
    }

    /**
     * For a payment event a payment message, then the order's fresh public view (what was received and is still due);
     * for other events the view alone. No view when the order is gone.
     */
    private List<ObjectNode> messagesFor(String orderId, EngineEvent event) {
        List<ObjectNode> messages = new ArrayList<>(2);
        Payment payment = event instanceof EngineEvent.PaymentReceived r ? r.payment()
                : event instanceof EngineEvent.Confirmation c ? c.payment() : null;
        if (payment != null) {
            ObjectNode message = message("payment");
            message.put("order_id", orderId);
            message.put("amount", payment.amount().value());
            message.put("status", payment.status().wireName());
            messages.add(message);
        }
        statuses.apply(orderId).map(view -> viewMessage("status", view)).ifPresent(messages::add);
        return messages;
    }

    private void beat() {
        long now = System.nanoTime();
        long silentLimit = pingInterval.multipliedBy(2).toNanos();
        ObjectNode ping = message("ping");
        for (Watcher watcher : watchers.values()) {
            if (now - watcher.lastHeardNanos > silentLimit) {
                watchers.remove(watcher.ctx.sessionId());
                try {
                    watcher.ctx.session.disconnect();
                } catch (RuntimeException e) {
                    // already gone
                }
            } else {
                send(watcher, ping);
            }
        }
    }

    private ObjectNode viewMessage(String type, OrderStatusView view) {
        ObjectNode message = message(type);
        message.setAll((ObjectNode) json.valueToTree(view));
        return message;
    }

    private ObjectNode message(String type) {
        ObjectNode message = json.createObjectNode();
        message.put("type", type);
        return message;
    }

    private void error(Watcher watcher, String text) {
        ObjectNode message = message("error");
        message.put("message", text);
        send(watcher, message);
    }

    /** Queues the message without waiting; a connection that cannot take it any more is forgotten. */
    private void send(Watcher watcher, ObjectNode message) {
        String text;
        try {
            text = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a message as JSON", e);
        }
        try {
            if (watcher.ctx.session.isOpen()) {
                watcher.ctx.session.getRemote().sendString(text, WriteCallback.NOOP);
            }
        } catch (RuntimeException e) {
            watchers.remove(watcher.ctx.sessionId());
        }
    }

    /** Connected WebSocket clients. */
    public int clients() {
        return watchers.size();
    }

    /** Server stopping: each client is told to come back (1012, service restart) instead of seeing a dropped line. */
    @Override
    public void close() {
        heartbeat.close();
        for (Watcher watcher : watchers.values()) {
            try {
                watcher.ctx.closeSession(1012, "server restarting; reconnect");
            } catch (RuntimeException gone) {
                // already closed by the client
            }
        }
    }
}
