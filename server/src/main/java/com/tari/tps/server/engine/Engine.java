package com.tari.tps.server.engine;

import com.tari.tps.server.access.AccessService;
import com.tari.tps.server.accounts.AccountService;
import com.tari.tps.server.accounts.OrderPayer;
import com.tari.tps.server.claims.ClaimService;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.events.EventBus;
import com.tari.tps.server.expiry.ExpiryWorker;
import com.tari.tps.server.orders.OrderService;
import com.tari.tps.server.payments.PaymentService;
import com.tari.tps.server.rates.ExchangeRateService;
import com.tari.tps.server.wallets.WalletService;
import java.time.Clock;

/** The payment engine's services, wired over one database, clock and event bus. Knows nothing of HTTP. */
public record Engine(
        OrderService orders,
        PaymentService payments,
        ClaimService claims,
        AccountService accounts,
        WalletService wallets,
        AccessService access,
        ExchangeRateService rates,
        ExpiryWorker expiry,
        EventBus events) {

    public static Engine create(Database database, Clock clock, EngineSettings settings, EventBus events) {
        TransactionRunner runner = new TransactionRunner(database, events, clock);
        OrderPayer payer = new OrderPayer(settings.strictMode());
        return new Engine(
                new OrderService(runner, payer, settings),
                new PaymentService(runner, payer, settings),
                new ClaimService(runner, payer, settings),
                new AccountService(runner, payer),
                new WalletService(runner),
                new AccessService(runner),
                new ExchangeRateService(runner),
                new ExpiryWorker(runner, settings),
                events);
    }
}
