package com.tari.tps.server.rates;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.tx.TransactionRunner;
import java.util.Optional;

/** Exchange rates, append-only: the latest row per currency is current, the history is kept. */
public final class ExchangeRateService {
    /** XTR prices are already in Tari: parity. */
    public static final MicroTari TARI_PARITY = MicroTari.of(MicroTari.PER_TARI);

    private final TransactionRunner runner;

    public ExchangeRateService(TransactionRunner runner) {
        this.runner = runner;
    }

    public ExchangeRate set(String currency, MicroTari rate) {
        if (!rate.isPositive()) {
            throw new EngineException.Refused("An exchange rate must be a positive number of µT per unit.");
        }
        if (currency == null || currency.isBlank()) {
            throw new EngineException.Refused("An exchange rate needs a currency code.");
        }
        return runner.write(tx -> {
            ExchangeRateDao.insert(tx.handle(), currency, rate, tx.now());
            return new ExchangeRate(currency, rate, tx.now());
        });
    }

    public Optional<ExchangeRate> latest(String currency) {
        if ("XTR".equals(currency)) {
            return Optional.of(new ExchangeRate("XTR", TARI_PARITY, runner.clock().instant()));
        }
        return runner.read(h -> ExchangeRateDao.latest(h, currency));
    }
}
