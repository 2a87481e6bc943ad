package com.tari.tps.server.rates;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.db.Timestamps;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the exchange_rates table, append-only. Every method runs on the caller's handle. */
public final class ExchangeRateDao {
    private ExchangeRateDao() {}

    public static void insert(Handle h, String currency, MicroTari rate, Instant now) {
        h.createUpdate("INSERT INTO exchange_rates (currency, rate, updated_at) VALUES (:c, :r, :now)")
                .bind("c", currency).bind("r", rate.value()).bind("now", Timestamps.format(now)).execute();
    }

    /** The newest row of the currency. */
    public static Optional<ExchangeRate> latest(Handle h, String currency) {
        return h.createQuery("SELECT currency, rate, updated_at FROM exchange_rates WHERE currency = :c ORDER BY id DESC LIMIT 1")
                .bind("c", currency)
                .map((rs, ctx) -> new ExchangeRate(rs.getString(1), MicroTari.of(rs.getLong(2)), Timestamps.parse(rs.getString(3))))
                .findOne();
    }
}
