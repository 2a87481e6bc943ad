package com.tari.tps.server.http;

import com.tari.tps.server.db.Database;
import com.tari.tps.server.db.StoreProbe;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * {@code GET /health}: the plain {@code 👍️} that existing monitors expect, or, when the client asks for JSON
 * ({@code Accept: application/json} or {@code ?format=json}), a status with database reachability and live client
 * counts; 503 when the database does not answer. Never reveals why the database failed.
 */
final class HealthCheck {
    private final Database database;
    private final IntSupplier sseClients;
    private final IntSupplier webSocketClients;
    private final long startedNanos = System.nanoTime();

    HealthCheck(Database database, IntSupplier sseClients, IntSupplier webSocketClients) {
        this.database = database;
        this.sseClients = sseClients;
        this.webSocketClients = webSocketClients;
    }

    void answer(Context ctx) {
        if (!wantsJson(ctx)) {
            ctx.contentType("text/plain; charset=utf-8").result(PublicRoutes.HEALTH_BODY);
            return;
        }
        boolean dbUp = databaseAnswers();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", dbUp ? "ok" : "degraded");
        body.put("db", dbUp ? "ok" : "error");
        body.put("sse", Map.of("clients", sseClients.getAsInt()));
        body.put("websocket", Map.of("clients", webSocketClients.getAsInt()));
        body.put("uptime_seconds", (System.nanoTime() - startedNanos) / 1_000_000_000L);
        body.put("version", com.tari.tps.common.BuildInfo.version());
        ctx.status(dbUp ? 200 : 503).json(body);
    }

    private static boolean wantsJson(Context ctx) {
        if ("json".equalsIgnoreCase(ctx.queryParam("format"))) {
            return true;
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("application/json");
    }

    private boolean databaseAnswers() {
        try {
            return database.read(StoreProbe::answers);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
