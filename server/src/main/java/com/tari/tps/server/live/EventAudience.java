package com.tari.tps.server.live;

import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.orders.Order;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Whose an event is: for an order, every address linked to its customer (and the claimant of a claim; both customers
 * of a reassignment); for a payment, its sender. Also which orders an event is about.
 */
public final class EventAudience {
    private final Function<String, List<String>> addressesOfCustomer;

    /** @param addressesOfCustomer base58 addresses linked to a customer id (the engine's account service) */
    public EventAudience(Function<String, List<String>> addressesOfCustomer) {
        this.addressesOfCustomer = addressesOfCustomer;
    }

    public Set<String> addresses(EngineEvent event) {
        Set<String> who = new HashSet<>();
        if (event instanceof EngineEvent.OrderModified modified) {
            who.addAll(addressesOfCustomer.apply(modified.oldOrder().customerId()));
            who.addAll(addressesOfCustomer.apply(modified.newOrder().customerId()));
        } else if (event instanceof EngineEvent.OrderClaimed claimed) {
            who.add(claimed.claimant().toBase58());
            who.addAll(addressesOfCustomer.apply(claimed.order().customerId()));
        } else if (event instanceof EngineEvent.PaymentReceived received) {
            who.add(received.payment().sender().toBase58());
        } else if (event instanceof EngineEvent.Confirmation confirmation) {
            who.add(confirmation.payment().sender().toBase58());
        } else {
            who.addAll(addressesOfCustomer.apply(orderOf(event).customerId()));
        }
        return who;
    }

    public static Set<String> orderIds(EngineEvent event) {
        if (event instanceof EngineEvent.PaymentReceived received) {
            return received.payment().orderId() == null ? Set.of() : Set.of(received.payment().orderId());
        }
        if (event instanceof EngineEvent.Confirmation confirmation) {
            return confirmation.payment().orderId() == null ? Set.of() : Set.of(confirmation.payment().orderId());
        }
        return Set.of(orderOf(event).orderId());
    }

    /** The order of an order event (the new state of a modified one). */
    static Order orderOf(EngineEvent event) {
        if (event instanceof EngineEvent.NewOrder e) {
            return e.order();
        }
        if (event instanceof EngineEvent.OrderPaid e) {
            return e.order();
        }
        if (event instanceof EngineEvent.OrderAnnulled e) {
            return e.order();
        }
        if (event instanceof EngineEvent.OrderModified e) {
            return e.newOrder();
        }
        if (event instanceof EngineEvent.OrderClaimed e) {
            return e.order();
        }
        throw new IllegalArgumentException("not an order event: " + event.type());
    }
}
