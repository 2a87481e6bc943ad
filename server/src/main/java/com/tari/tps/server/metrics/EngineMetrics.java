package com.tari.tps.server.metrics;

import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.payments.PaymentType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts what the engine did, from the events it publishes after each commit: payments received and confirmed (by
 * type: on chain, or an admin's credit note), orders paid, and the microTari matched to them. An order is only ever
 * paid by settlements adding up to its price (OrderPayer), so the price of each paid order is what was matched.
 */
public final class EngineMetrics implements Consumer<EngineEvent> {
    private final Map<PaymentType, Counter> received = new EnumMap<>(PaymentType.class);
    private final Map<PaymentType, Counter> confirmed = new EnumMap<>(PaymentType.class);
    private final Counter ordersPaid;
    private final Counter matched;

    public EngineMetrics(MeterRegistry registry) {
        for (PaymentType type : PaymentType.values()) {
            received.put(type, Counter.builder("tps.payments.received").description("Payments recorded as received")
                    .tag("type", type.wireName()).register(registry));
            confirmed.put(type, Counter.builder("tps.payments.confirmed").description("Payments confirmed")
                    .tag("type", type.wireName()).register(registry));
        }
        ordersPaid = Counter.builder("tps.orders.paid").description("Orders paid from matched funds").register(registry);
        matched = Counter.builder("tps.payments.matched").baseUnit("microtari")
                .description("MicroTari of payments matched to orders").register(registry);
    }

    @Override
    public void accept(EngineEvent event) {
        if (event instanceof EngineEvent.PaymentReceived e) {
            received.get(e.payment().paymentType()).increment();
        } else if (event instanceof EngineEvent.Confirmation e) {
            confirmed.get(e.payment().paymentType()).increment();
        } else if (event instanceof EngineEvent.OrderPaid e) {
            ordersPaid.increment();
            matched.increment(e.order().totalPrice().value());
        }
        // the other events change no counter here: orders by status are read from the store
    }
}
