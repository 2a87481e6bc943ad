package com.tari.tps.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.tari.tps.server.engine.EngineException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to a status and a JSON {"error": …} body in one place (server_api.md §8). */
final class ErrorMapping {
    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    static void install(Javalin app) {
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(EngineException.NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(EngineException.Conflict.class, (e, ctx) -> error(ctx, 409, e.getMessage()));
        app.exception(EngineException.InvalidSignature.class, (e, ctx) -> error(ctx, 401, e.getMessage()));
        app.exception(EngineException.StaleNonce.class, (e, ctx) -> error(ctx, 401, e.getMessage()));
        app.exception(EngineException.Refused.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(EngineException.MissingRate.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(com.tari.tps.server.paylinks.PaymentLinks.Disabled.class, (e, ctx) -> error(ctx, 410, e.getMessage()));
        app.exception(JsonProcessingException.class, (e, ctx) -> error(ctx, 400, "Json deserialize error: " + e.getOriginalMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            String id = UUID.randomUUID().toString();
            log.error("Request failed, correlation id {}", id, e);
            error(ctx, 500, "Internal error; correlation id " + id);
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, 404, "No such route.");
            }
        });
        app.error(405, ctx -> error(ctx, 405, "Method not allowed."));
    }

    static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? "" : message));
    }
}
