package com.tari.tps.server.http;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.jwt.AccessToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.accounts.AccountService;
import com.tari.tps.server.accounts.MultiAccountPayment;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.lifecycle.OrderService;
import com.tari.tps.server.payments.Payment;
import com.tari.tps.server.payments.processing.PaymentService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A logged-in user's own account. */
final class AccountRoutes {
    private final AccountService accounts;
    private final OrderService orders;
    private final PaymentService payments;

    AccountRoutes(AccountService accounts, OrderService orders, PaymentService payments) {
        this.accounts = accounts;
        this.orders = orders;
        this.payments = payments;
    }

    void install(Javalin app) {
        app.get("/api/check_token", ctx -> ctx.result("Token is valid."), Access.USER);
        app.get("/api/balance", ctx -> ctx.json(accounts.balance(self(ctx))), Access.USER);
        app.get("/api/history", ctx -> ctx.json(history(self(ctx))), Access.USER);
        app.get("/api/orders", ctx -> ctx.json(orderResult(self(ctx), orders.ordersForAddress(self(ctx)))), Access.USER);
        app.get("/api/unfulfilled_orders", ctx -> ctx.json(orderResult(self(ctx), orders.unfulfilledForAddress(self(ctx)))), Access.USER);
        app.get("/api/payments", ctx -> ctx.json(paymentsResult(self(ctx), payments.paymentsFrom(self(ctx)))), Access.USER);
        app.get("/api/order/id/{order_id}", this::orderById, Access.USER);
        app.post("/api/settle", ctx -> {
            MultiAccountPayment paid = accounts.settleAddress(self(ctx));
            ctx.contentType("application/json").result(paid.isEmpty() ? "null" : ctx.jsonMapper().toJsonString(paid, MultiAccountPayment.class));
        }, Access.USER);
    }

    private static TariAddress self(Context ctx) {
        return AccessGuard.token(ctx).address();
    }

    /** Any order for admins; for others only an order of their own customers, else JSON null. */
    private void orderById(Context ctx) {
        AccessToken token = AccessGuard.token(ctx);
        Optional<Order> order = orders.find(WireRules.pathId(ctx, "order_id"));
        boolean admin = token.allows(Role.READ_ALL);
        Optional<Order> visible = admin ? order
                : order.filter(o -> accounts.addressesOfCustomer(o.customerId()).contains(token.address().toBase58()));
        ctx.contentType("application/json").result(visible.isEmpty() ? "null" : ctx.jsonMapper().toJsonString(visible.get(), Order.class));
    }

    private Map<String, Object> history(TariAddress address) {
        AccountService.AddressHistory h = accounts.history(address);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("address", h.address());
        body.put("balance", h.balance());
        body.put("orders", h.orders());
        body.put("payments", h.payments());
        body.put("settlements", h.settlements());
        return body;
    }

    static Map<String, Object> orderResult(TariAddress address, List<Order> list) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("address", address);
        long sum = list.stream().mapToLong(o -> o.totalPrice().value()).sum();
        body.put("total_orders", sum); // despite its name a sum of prices (µT), kept as the reference spells it
        body.put("orders", list);
        body.put("order_count", list.size());
        body.put("total_value", sum);
        return body;
    }

    static Map<String, Object> paymentsResult(TariAddress address, List<Payment> list) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("address", address);
        body.put("total_payments", list.stream().mapToLong(p -> p.amount().value()).sum());
        body.put("payments", list);
        return body;
    }
}
