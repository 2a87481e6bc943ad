package com.tari.tps.server.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.tari.tps.server.config.Environment;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /metrics} without a token on an address of its own ({@code TPG_METRICS_ADDRESS}), for a scraper on a
 * private network; nothing else is served there. The JDK's small HTTP server is enough for one scraper every few
 * seconds, and keeps this listener apart from the API's Jetty: its own port, no API routes, no API tokens.
 */
public final class MetricsListener implements AutoCloseable {
    private final HttpServer server;

    private MetricsListener(HttpServer server) {
        this.server = server;
    }

    /**
     * Listens now.
     *
     * @throws Environment.ConfigException when the address cannot be bound (taken, or a host that is not this machine's)
     */
    public static MetricsListener start(Environment.HostPort address, Metrics metrics) {
        HttpServer server;
        try {
            InetSocketAddress bind = new InetSocketAddress(address.host(), address.port());
            if (bind.isUnresolved()) {
                throw new IOException("unknown host " + address.host());
            }
            server = HttpServer.create(bind, 16);
        } catch (IOException e) {
            throw new Environment.ConfigException("TPG_METRICS_ADDRESS " + address + " cannot be listened on: " + e.getMessage());
        }
        server.createContext("/", exchange -> answer(exchange, metrics));
        server.start();
        return new MetricsListener(server);
    }

    private static void answer(HttpExchange exchange, Metrics metrics) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!exchange.getRequestURI().getPath().equals("/metrics")) {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found: metrics are at /metrics\n", method);
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n", method);
            } else {
                send(exchange, 200, Metrics.CONTENT_TYPE, metrics.scrape(), method);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body, String method) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The port listened on (the one picked, when the address asked for port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
