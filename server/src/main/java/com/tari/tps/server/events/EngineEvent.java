package com.tari.tps.server.events;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.payments.Payment;

/** Facts the engine publishes after a transaction commits. */
public sealed interface EngineEvent extends com.tari.tps.server.tx.Fact {
    /** The event's name on the wire (SSE event type, logs). */
    String type();

    record NewOrder(Order order) implements EngineEvent {
        public String type() {
            return "NewOrder";
        }
    }

    record OrderPaid(Order order) implements EngineEvent {
        public String type() {
            return "OrderPaid";
        }
    }

    record OrderAnnulled(Order order, OrderStatus status) implements EngineEvent {
        public String type() {
            return "OrderAnnulled";
        }
    }

    record OrderModified(String fieldChanged, Order oldOrder, Order newOrder) implements EngineEvent {
        public String type() {
            return "OrderModified";
        }
    }

    record OrderClaimed(Order order, TariAddress claimant) implements EngineEvent {
        public String type() {
            return "OrderClaimed";
        }
    }

    record PaymentReceived(Payment payment) implements EngineEvent {
        public String type() {
            return "PaymentReceived";
        }
    }

    record Confirmation(Payment payment) implements EngineEvent {
        public String type() {
            return "Confirmation";
        }
    }
}
