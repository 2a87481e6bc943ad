package com.tari.tps.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.tari.tps.server.tx.EngineException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a status and a JSON {@code {"error": …}} body in one place, with the texts the original
 * server's clients match on; a {@code "detail"} field says what exactly was refused. Every refusal of a request
 * (400, 401, 403, 413, 415) is logged at INFO with route, peer and reason, so a merchant can see why a wallet, a
 * webhook or a login was turned away; a malformed body never reaches the 500 handler.
 */
final class ErrorMapping {
    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);
    private static final Logger refusals = LoggerFactory.getLogger("refused");

    private ErrorMapping() {}

    static void install(Javalin app, ClientIp clientIp) {
        app.exception(ApiError.class, (e, ctx) -> refuse(ctx, clientIp, e.status(), e.getMessage(), null, e.reason()));
        app.exception(EngineException.NotFound.class, (e, ctx) -> refuse(ctx, clientIp, 404, e, e.getMessage()));
        app.exception(EngineException.OrderNotFound.class, (e, ctx) -> refuse(ctx, clientIp, 404, e, e.getMessage()));
        app.exception(EngineException.Conflict.class, (e, ctx) -> refuse(ctx, clientIp, 409, e, e.getMessage()));
        app.exception(EngineException.InvalidSignature.class, (e, ctx) -> refuse(ctx, clientIp, 401, e, e.getMessage()));
        app.exception(EngineException.StaleNonce.class, (e, ctx) -> refuse(ctx, clientIp, 401, e, e.getMessage()));
        app.exception(EngineException.Refused.class, (e, ctx) -> refuse(ctx, clientIp, 400, e, e.getMessage()));
        app.exception(EngineException.ForbiddenChange.class, (e, ctx) -> refuse(ctx, clientIp, 400, e, e.getMessage()));
        app.exception(EngineException.NoOpChange.class, (e, ctx) -> refuse(ctx, clientIp, 400, e, e.getMessage()));
        app.exception(EngineException.InsufficientFunds.class, (e, ctx) -> refuse(ctx, clientIp, 400, e, e.getMessage()));
        app.exception(EngineException.MissingRate.class, (e, ctx) -> refuse(ctx, clientIp, 400, e, e.getMessage()));
        app.exception(com.tari.tps.server.paylinks.PaymentLinks.Disabled.class, (e, ctx) -> error(ctx, 410, e.getMessage(), null));
        app.exception(JsonProcessingException.class, (e, ctx) -> refuse(ctx, clientIp, 400,
                "Json deserialize error: " + bindingProblem(e), null, "body does not bind"));
        app.exception(com.tari.tps.server.db.WriteQueueFull.class, (e, ctx) -> {
            ctx.header("Retry-After", "1");
            error(ctx, 503, e.getMessage(), null);
        });
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), null));
        app.exception(Exception.class, (e, ctx) -> {
            String id = UUID.randomUUID().toString();
            log.error("Request failed, correlation id {}", id, e);
            error(ctx, 500, "An error occurred on the backend of the server. Correlation id " + id, null);
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, 404, "No such route.", null);
            }
        });
        app.error(405, ctx -> error(ctx, 405, "Method not allowed.", null));
    }

    /** A record's own check failing (e.g. a reason that is too long) says what is wrong, not how Jackson got there. */
    private static String bindingProblem(JsonProcessingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException cause) {
            return cause.getMessage();
        }
        return e.getOriginalMessage();
    }

    private static void refuse(Context ctx, ClientIp clientIp, int status, EngineException e, String reason) {
        refuse(ctx, clientIp, status, e.getMessage(), e.detail().orElse(null), e.detail().map(d -> e.getMessage() + " (" + d + ")").orElse(reason));
    }

    private static void refuse(Context ctx, ClientIp clientIp, int status, String message, String detail, String reason) {
        if (status == 400 || status == 401 || status == 403 || status == 413 || status == 415) {
            String route = routeOf(ctx);
            refusals.info("{} {} {} from {}: {}", status, ctx.method(), route, clientIp.of(ctx).orElse("?"), reason);
        }
        error(ctx, status, message, detail);
    }

    /** The route template when one matched (no ids in the log), else the path. */
    private static String routeOf(Context ctx) {
        try {
            String template = ctx.endpointHandlerPath();
            return template.isEmpty() || template.contains("*") ? ctx.path() : template;
        } catch (RuntimeException noEndpointYet) {
            return ctx.path();
        }
    }

    static void error(Context ctx, int status, String message, String detail) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", message == null ? "" : message);
        if (detail != null) {
            body.put("detail", detail);
        }
        ctx.status(status).json(body);
    }
}
