package com.tari.tps.server.http;

import com.tari.tps.server.config.IpLiteral;
import com.tari.tps.common.address.AddressFormatException;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.accounts.MultiAccountPayment;
import com.tari.tps.server.engine.Engine;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.lifecycle.OrderMove;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.tari.tps.server.shopify.ShopifyOrderConversion;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import com.tari.tps.shopify.admin.ShopifyException;

/** Admin reads ({@code read_all}), writes ({@code write}) and super-admin routes. */
final class AdminRoutes {
    private final Engine engine;
    private final Optional<ShopifyAdminClient> shopify;
    private final String priceField;
    private final com.tari.tps.server.shopify.OrdersAwaitingRate awaitingRate;
    private final String shopCurrency;

    AdminRoutes(Engine engine, Optional<ShopifyAdminClient> shopify, String priceField,
                com.tari.tps.server.shopify.OrdersAwaitingRate awaitingRate, String shopCurrency) {
        this.shopCurrency = shopCurrency;
        this.engine = engine;
        this.shopify = shopify;
        this.priceField = priceField;
        this.awaitingRate = awaitingRate;
    }

    void install(Javalin app) {
        app.get("/api/balance/{address}", ctx -> ctx.json(engine.accounts().balance(address(ctx))), Access.READ_ALL);
        app.get("/api/history/address/{address}", ctx -> ctx.json(engine.accounts().history(address(ctx))), Access.READ_ALL);
        app.get("/api/orders/{address}", ctx -> ctx.json(AccountRoutes.orderResult(address(ctx), engine.orders().ordersForAddress(address(ctx)))), Access.READ_ALL);
        app.get("/api/unfulfilled_orders/{address}", ctx -> ctx.json(AccountRoutes.orderResult(address(ctx),
                engine.orders().unfulfilledForAddress(address(ctx)))), Access.READ_ALL);
        app.get("/api/payments/{address}", ctx -> ctx.json(AccountRoutes.paymentsResult(address(ctx),
                engine.payments().paymentsFrom(address(ctx)))), Access.READ_ALL);
        app.get("/api/payments-for-order/{order_id}", ctx -> ctx.json(engine.payments().paymentsForOrder(WireRules.pathId(ctx, "order_id"))), Access.READ_ALL);
        app.get("/api/order_funding/{order_id}", ctx -> {
            String orderId = WireRules.pathId(ctx, "order_id");
            var order = engine.orders().find(orderId).orElseThrow(() -> new EngineException.OrderNotFound(orderId));
            ctx.json(engine.payments().funding(order));
        }, Access.READ_ALL);
        app.get("/api/history/customer/{customer_id}", ctx -> ctx.json(customerHistory(WireRules.pathId(ctx, "customer_id"))), Access.READ_ALL);
        app.get("/api/search/orders", ctx -> {
            var query = OrderSearchQuery.parse(ctx);
            engine.orders().search(query, orders -> {
                ctx.writeJsonStream(orders);
                return null;
            });
        }, Access.READ_ALL);
        app.get("/api/orders_awaiting_rate", ctx -> ctx.json(awaitingRate.list()), Access.READ_ALL);
        app.get("/api/creditors", ctx -> ctx.json(engine.orders().creditors()), Access.READ_ALL);
        app.get("/api/customer_ids", ctx -> ctx.json(engine.accounts().customerIds(offset(ctx), count(ctx))), Access.READ_ALL);
        app.get("/api/addresses", ctx -> ctx.json(engine.accounts().addresses(offset(ctx), count(ctx))), Access.READ_ALL);
        app.get("/api/wallets", ctx -> ctx.json(engine.wallets().list()), Access.READ_ALL);
        app.get("/api/exchange_rate/{currency}", ctx -> {
            String currency = WireRules.pathCurrency(ctx, "currency");
            var rate = engine.rates().latest(currency)
                    .orElseThrow(() -> new EngineException.NotFound("The requested exchange rate does not exist: " + currency));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("currency", rate.currency());
            body.put("rate", rate.rate());
            body.put("updated_at", Json.time(rate.updatedAt()).replaceFirst("Z$", "+00:00"));
            ctx.json(body);
        }, Access.READ_ALL);

        app.post("/api/credit", ctx -> {
            var body = ctx.bodyAsClass(AdminBodies.CreditNote.class);
            ctx.json(engine.payments().creditNote(body.customerId(), body.amount(), body.reason()));
        }, Access.WRITE);
        app.post("/api/fulfill", ctx -> {
            var body = ctx.bodyAsClass(AdminBodies.ModifyOrder.class);
            ctx.json(engine.orders().fulfill(body.orderId(), body.reason()));
        }, Access.WRITE);
        app.post("/api/cancel", ctx -> {
            var body = ctx.bodyAsClass(AdminBodies.ModifyOrder.class);
            ctx.json(engine.orders().cancel(body.orderId(), body.reason()));
        }, Access.WRITE);
        app.patch("/api/order_memo", ctx -> {
            var body = ctx.bodyAsClass(AdminBodies.UpdateMemo.class);
            ctx.json(engine.orders().updateMemo(body.orderId(), body.newMemo()));
        }, Access.WRITE);
        app.patch("/api/order_price", ctx -> {
            var body = ctx.bodyAsClass(AdminBodies.UpdatePrice.class);
            ctx.json(engine.orders().updatePrice(body.orderId(), body.newPrice()));
        }, Access.WRITE);
        app.patch("/api/reassign_order", ctx -> {
            var body = ctx.bodyAsClass(AdminBodies.MoveOrder.class);
            OrderMove move = engine.orders().reassign(body.orderId(), body.newCustomerId());
            ctx.json(Map.of("orders", orderChanged(move.oldOrder(), move.newOrder()), "settlements", move.settlements()));
        }, Access.WRITE);
        app.patch("/api/reset_order/{order_id}", ctx -> {
            Order before = engine.orders().find(WireRules.pathId(ctx, "order_id"))
                    .orElseThrow(() -> new EngineException.OrderNotFound(WireRules.pathId(ctx, "order_id")));
            ctx.json(orderChanged(before, engine.orders().reset(before.orderId())));
        }, Access.WRITE);
        app.post("/api/settle/address/{address}", ctx -> {
            settled(ctx, engine.accounts().settleAddress(address(ctx)));
        }, Access.WRITE);
        app.post("/api/settle/customer/{customer_id}", ctx -> {
            settled(ctx, engine.accounts().settleCustomer(WireRules.pathId(ctx, "customer_id")));
        }, Access.WRITE);
        app.get("/api/callbacks", ctx -> {
            ctx.json(engine.callbacks().unsent());
        }, Access.WRITE);
        app.post("/api/callbacks/{id}/retry", ctx -> {
            long id;
            try {
                id = Long.parseLong(ctx.pathParam("id"));
            } catch (NumberFormatException e) {
                throw new ApiError(400, "A callback id is a number.");
            }
            engine.callbacks().retryNow(id);
            ctx.status(200);
        }, Access.WRITE);
        app.post("/api/rescan_open_orders", ctx -> {
            ctx.json(rescan());
        }, Access.WRITE);
        app.post("/api/exchange_rate", ctx -> {
            var body = ctx.bodyAsClass(AdminBodies.RateUpdate.class);
            engine.rates().set(body.currency(), body.rate());
            awaitingRate.release(body.currency(), engine);
            if (shopify.isPresent() && body.currency().equalsIgnoreCase(shopCurrency)) {
                try {
                    new com.tari.tps.server.shopify.VariantRepricer(shopify.get()).repriceAll(body.rate());
                    // The theme's fallback rate lives in the metaobject; the original Rust server left it stale.
                    shopify.get().setRates(java.util.Map.of(body.currency().toUpperCase(java.util.Locale.ROOT), body.rate().value()));
                } catch (ShopifyException | IllegalArgumentException | ArithmeticException e) {
                    throw new ApiError(502, "The rate is stored, but Shopify prices were not all updated: " + e.getMessage());
                }
            }
            ctx.status(200);
        }, Access.WRITE);

        app.get("/api/roles", ctx -> {
            // Who holds which role, so an admin can check a grant or a revoke: [{address, roles:[…]}].
            List<Map<String, Object>> body = new java.util.ArrayList<>();
            engine.access().assignments().forEach((address, roles) -> body.add(Map.of("address", address, "roles", roles)));
            ctx.json(body);
        }, Access.SUPER_ADMIN);
        app.post("/api/roles", ctx -> {
            AdminBodies.RoleUpdate[] updates = ctx.bodyAsClass(AdminBodies.RoleUpdate[].class);
            for (AdminBodies.RoleUpdate u : updates) {
                engine.access().updateRoles(parse(u.address()), u.apply() == null ? List.of() : u.apply(),
                        u.revoke() == null ? List.of() : u.revoke());
            }
            ctx.status(200);
        }, Access.SUPER_ADMIN);
        app.post("/api/wallets", ctx -> {
            var body = ctx.bodyAsClass(AdminBodies.NewWallet.class);
            String ip = IpLiteral.canonical(body.ipAddress())
                    .orElseThrow(() -> new ApiError(400, "ip_address must be an IPv4 or IPv6 literal, got '" + body.ipAddress() + "'"));
            engine.wallets().register(parse(body.address()), ip, body.initialNonce() == null ? 0 : body.initialNonce());
            ctx.status(200);
        }, Access.SUPER_ADMIN);
        app.delete("/api/wallets/{address}", ctx -> {
            engine.wallets().remove(address(ctx));
            ctx.status(200);
        }, Access.SUPER_ADMIN);
    }

    /** Feeds every open Shopify order through the new-order path; one JsonResponse per order. */
    private List<JsonResponse> rescan() {
        ShopifyAdminClient client = shopify.orElseThrow(() -> new ApiError(503,
                "Shopify is not configured: set TPG_SHOPIFY_SHOP and TPG_SHOPIFY_ADMIN_ACCESS_TOKEN."));
        List<com.fasterxml.jackson.databind.JsonNode> open;
        try {
            open = client.openOrders();
        } catch (ShopifyException e) {
            throw new ApiError(502, "Shopify could not list open orders: " + e.getMessage());
        }
        List<JsonResponse> results = new java.util.ArrayList<>();
        for (var node : open) {
            try {
                var stored = engine.orders().newOrder(ShopifyOrderConversion.fromGraphql(node, priceField), engine.rates());
                results.add(new JsonResponse(true, stored.created() ? "Order processed successfully." : "Order already exists."));
            } catch (EngineException.Refused | EngineException.MissingRate | IllegalArgumentException e) {
                results.add(new JsonResponse(false, e.getMessage()));
            }
        }
        return results;
    }

    private Map<String, Object> customerHistory(String customerId) {
        var h = engine.accounts().customerHistory(customerId);
        Map<String, Object> balance = new LinkedHashMap<>();
        balance.put("total_confirmed", h.addressBalances().stream().mapToLong(b -> b.totalConfirmed().value()).sum());
        balance.put("total_paid", h.addressBalances().stream().mapToLong(b -> b.totalPaid().value()).sum());
        balance.put("current_balance", h.currentBalance());
        balance.put("addresses", h.addressBalances());
        Map<String, Object> orderBalance = new LinkedHashMap<>();
        orderBalance.put("customer_id", h.orders().isEmpty() ? "" : customerId);
        orderBalance.put("total_current", h.totalCurrent());
        orderBalance.put("total_paid", h.totalPaid());
        orderBalance.put("total_expired", h.totalExpired());
        orderBalance.put("total_cancelled", h.totalCancelled());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer_id", customerId);
        body.put("balance", balance);
        body.put("order_balance", orderBalance);
        body.put("orders", h.orders());
        body.put("settlements", h.settlements());
        return body;
    }

    private static TariAddress address(Context ctx) {
        try {
            return TariAddress.parse(ctx.pathParam("address"));
        } catch (AddressFormatException e) {
            throw new ApiError(400, "Path deserialize error: Could not recover TariAddress from string (" + e.getMessage() + ")");
        }
    }

    private static TariAddress parse(String text) {
        try {
            return TariAddress.parse(text);
        } catch (AddressFormatException e) {
            throw new ApiError(400, "Could not read request path: Could not recover TariAddress from string (" + e.getMessage() + ")");
        }
    }

    private static int offset(Context ctx) {
        return intParam(ctx, "offset", 0);
    }

    private static int count(Context ctx) {
        return Math.min(intParam(ctx, "count", 1000), 10_000);
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        if (v.chars().allMatch(Character::isDigit) && v.length() <= 9) {
            return Integer.parseInt(v);
        }
        throw new ApiError(400, "Query deserialize error: " + name + " must be a whole number from 0 to 999999999");
    }

    private static Map<String, Object> orderChanged(Order before, Order after) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("old_order", before);
        body.put("new_order", after);
        return body;
    }

    private static void settled(Context ctx, MultiAccountPayment paid) {
        ctx.contentType("application/json").result(paid.isEmpty() ? "null" : ctx.jsonMapper().toJsonString(paid, MultiAccountPayment.class));
    }
}
