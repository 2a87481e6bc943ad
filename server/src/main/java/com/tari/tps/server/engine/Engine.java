package com.tari.tps.server.engine;

import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.server.access.AccessService;
import com.tari.tps.server.accounts.AccountService;
import com.tari.tps.server.accounts.OrderPayer;
import com.tari.tps.server.claims.ClaimService;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.events.EventBus;
import com.tari.tps.server.events.EventPublication;
import com.tari.tps.server.expiry.ExpiryWorker;
import com.tari.tps.server.orders.lifecycle.OrderService;
import com.tari.tps.server.outbox.CallbackService;
import com.tari.tps.server.outbox.Outbox;
import com.tari.tps.server.payments.processing.PaymentService;
import com.tari.tps.server.rates.ExchangeRateService;
import com.tari.tps.server.wallets.WalletService;
import com.tari.tps.server.tx.TransactionRunner;
import java.time.Clock;

/**
 * The payment engine's services, wired over one database, clock and event bus. Knows nothing of HTTP. {@code transactions}
 * is the runner they share, for the work around the engine (Shopify webhooks, payment links) that writes too.
 */
public record Engine(
        OrderService orders,
        PaymentService payments,
        ClaimService claims,
        AccountService accounts,
        WalletService wallets,
        AccessService access,
        ExchangeRateService rates,
        ExpiryWorker expiry,
        CallbackService callbacks,
        EventBus events,
        TransactionRunner transactions) {

    public static Engine create(Database database, Clock clock, EngineSettings settings, EventBus events) {
        return create(database, clock, settings, events, Outbox.disabled());
    }

    /** With an outbox that records storefront callbacks in the same transactions as the changes. */
    public static Engine create(Database database, Clock clock, EngineSettings settings, EventBus events, Outbox outbox) {
        TransactionRunner runner = new TransactionRunner(database, new EventPublication(events, database.dialect()), clock);
        OrderPayer payer = new OrderPayer(settings.strictMode(), outbox);
        return new Engine(
                new OrderService(runner, payer, settings, outbox),
                new PaymentService(runner, payer, settings),
                new ClaimService(runner, payer, settings),
                new AccountService(runner, payer),
                new WalletService(runner),
                new AccessService(runner),
                new ExchangeRateService(runner),
                new ExpiryWorker(runner, settings, outbox),
                new CallbackService(runner),
                events,
                runner);
    }
}
