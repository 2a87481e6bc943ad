package com.tari.tps.server.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/** A real SSE client (OkHttp) on {@code /api/events}, collecting what arrives with the time it arrived. */
final class SseStream extends EventSourceListener implements AutoCloseable {
    record Received(String id, String type, String data, long atNanos) {}

    final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    /** Everything received, also what {@link #next} skipped. */
    final List<Received> all = new CopyOnWriteArrayList<>();
    volatile Response failure;
    volatile Throwable error;
    private final EventSource source;

    SseStream(OkHttpClient http, String url, String token, String lastEventId) {
        Request.Builder request = new Request.Builder().url(url).header("tpg_access_token", token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        source = EventSources.createFactory(http).newEventSource(request.build(), this);
    }

    @Override
    public void onEvent(EventSource eventSource, String id, String type, String data) {
        Received received = new Received(id, type, data, System.nanoTime());
        all.add(received);
        events.add(received);
    }

    @Override
    public void onFailure(EventSource eventSource, Throwable t, Response response) {
        error = t;
        failure = response;
    }

    /** The next event, or null after the timeout. */
    Received next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next event of a type, skipping others; null after the timeout. */
    Received next(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Received r = events.poll(left, TimeUnit.NANOSECONDS);
            if (r == null || r.type().equals(type)) {
                return r;
            }
        }
    }

    @Override
    public void close() {
        source.cancel();
    }
}
