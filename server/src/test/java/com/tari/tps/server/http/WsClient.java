package com.tari.tps.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** A real WebSocket client (OkHttp) on {@code /ws} that answers the server's pings, as the checkout page does. */
final class WsClient extends WebSocketListener implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Message(JsonNode body, long atNanos) {
        String type() {
            return body.path("type").asText();
        }
    }

    final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    final List<Message> pings = new CopyOnWriteArrayList<>();
    volatile boolean closed;
    /** The close code the server sent (0 until then). */
    volatile int closeCode;
    private final WebSocket socket;

    WsClient(OkHttpClient http, String url) {
        this(http, new Request.Builder().url(url).build());
    }

    WsClient(OkHttpClient http, Request upgrade) {
        socket = http.newWebSocket(upgrade, this);
    }

    void send(String json) {
        socket.send(json);
    }

    void identify(String orderId) {
        send("{\"type\":\"identify\",\"order_id\":\"" + orderId + "\"}");
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        try {
            Message message = new Message(JSON.readTree(text), System.nanoTime());
            if (message.type().equals("ping")) {
                pings.add(message);
                webSocket.send("{\"type\":\"pong\"}");
            } else {
                messages.add(message);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's close frame: answer it, as a browser would. */
    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        closeCode = code;
        webSocket.close(code, null);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        closeCode = code;
        closed = true;
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        closed = true;
    }

    /** The next message of the type, skipping others; null after the timeout. */
    Message next(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Message m = messages.poll(left, TimeUnit.NANOSECONDS);
            if (m == null || m.type().equals(type)) {
                return m;
            }
        }
    }

    @Override
    public void close() {
        socket.close(1000, "done");
    }
}
