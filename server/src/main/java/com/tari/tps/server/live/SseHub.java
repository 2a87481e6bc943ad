package com.tari.tps.server.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The SSE clients of {@code GET /api/events}. Each client has its own bounded queue and is served on its own request
 * thread ({@link #serve}): a slow client never holds up the others or the engine. A client whose queue overflows is
 * disconnected (it can resume with {@code Last-Event-ID}); a client whose connection died is dropped when the next
 * keep-alive comment fails to write. Thread-safe.
 */
public final class SseHub implements Consumer<LiveEvent>, AutoCloseable {
    private static final int QUEUE_CAPACITY = 1000;
    private static final LiveEvent HANG_UP = new LiveEvent(Long.MIN_VALUE, null, Set.of(), Set.of());
    private static final LiveEvent SHUTDOWN = new LiveEvent(Long.MIN_VALUE + 1, null, Set.of(), Set.of());
    private static final int RECONNECT_AFTER_MS = 3_000;

    private final RecentEvents recent;
    private final ObjectMapper json;
    private final Duration keepAlive;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public SseHub(RecentEvents recent, ObjectMapper json, Duration keepAlive) {
        this.recent = recent;
        this.json = json;
        this.keepAlive = keepAlive;
    }

    private record Connection(Viewer viewer, BlockingQueue<LiveEvent> queue) {}

    /**
     * Streams to one client until it goes away or the server stops: a {@code connected} event, then the kept events
     * after {@code lastEventId} that the viewer may see, then live events, with a comment line whenever the stream
     * was quiet for the keep-alive interval. Blocks the calling (request) thread.
     */
    public void serve(SseClient client, Viewer viewer, OptionalLong lastEventId) {
        Connection connection = new Connection(viewer, new ArrayBlockingQueue<>(QUEUE_CAPACITY));
        connections.add(connection);
        try {
            List<LiveEvent> replay = lastEventId.isPresent() ? recent.after(lastEventId.getAsLong()) : List.of();
            Map<String, Object> hello = new LinkedHashMap<>();
            hello.put("address", viewer.address());
            hello.put("sees", viewer.seesAll() ? "all" : "own");
            hello.put("last_event_id", recent.lastId());
            hello.put("resumed", lastEventId.isPresent());
            hello.put("complete", lastEventId.isEmpty() || recent.covers(lastEventId.getAsLong()));
            client.sendEvent("connected", write(hello));
            long lastSent = lastEventId.orElse(Long.MIN_VALUE);
            for (LiveEvent event : replay) {
                lastSent = send(client, viewer, event, lastSent);
            }
            while (!client.terminated()) {
                LiveEvent next = connection.queue().poll(closed ? 0 : keepAlive.toMillis(), TimeUnit.MILLISECONDS);
                if (next == SHUTDOWN || (next == null && closed)) {
                    // The server is stopping: say when to come back, then end the stream cleanly.
                    client.sendEvent("shutdown", "{\"reconnect_after_ms\":" + RECONNECT_AFTER_MS + "}");
                    break;
                } else if (next == null) {
                    client.sendComment("keep-alive");
                } else if (next == HANG_UP) {
                    break;
                } else {
                    lastSent = send(client, viewer, next, lastSent);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connections.remove(connection);
        }
    }

    private long send(SseClient client, Viewer viewer, LiveEvent event, long lastSent) {
        if (event.id() <= lastSent || !viewer.canSee(event)) {
            return lastSent;
        }
        client.sendEvent(event.event().type(), write(EventPayloads.of(event.event())), Long.toString(event.id()));
        return event.id();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an event as JSON", e);
        }
    }

    @Override
    public void accept(LiveEvent event) {
        for (Connection connection : connections) {
            if (connection.viewer().canSee(event) && !connection.queue().offer(event)) {
                // Too far behind: hang up; the client resumes from its last id.
                connection.queue().clear();
                connection.queue().offer(HANG_UP);
            }
        }
    }

    /** Connected SSE clients. */
    public int clients() {
        return connections.size();
    }

    /** Ends every stream (server stopping). */
    @Override
    public void close() {
        for (Connection connection : connections) {
            connection.queue().clear();
            connection.queue().offer(SHUTDOWN);
        }
        closed = true;
    }
}
