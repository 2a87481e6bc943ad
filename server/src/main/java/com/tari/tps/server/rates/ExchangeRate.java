package com.tari.tps.server.rates;

import com.tari.tps.common.amount.MicroTari;
import java.time.Instant;

/** How many µT one unit of a store currency costs, since when. */
public record ExchangeRate(String currency, MicroTari rate, Instant updatedAt) {}
