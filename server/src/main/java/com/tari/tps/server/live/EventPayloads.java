package com.tari.tps.server.live;

import com.tari.tps.server.events.EngineEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON body of each event on the SSE feed, in the original Rust server's event shapes. */
final class EventPayloads {
    private EventPayloads() {}

    static Map<String, Object> of(EngineEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (event instanceof EngineEvent.NewOrder e) {
            body.put("order", e.order());
        } else if (event instanceof EngineEvent.OrderPaid e) {
            body.put("order", e.order());
        } else if (event instanceof EngineEvent.OrderAnnulled e) {
            body.put("order", e.order());
            body.put("status", e.status());
        } else if (event instanceof EngineEvent.OrderModified e) {
            Map<String, Object> orders = new LinkedHashMap<>();
            orders.put("old_order", e.oldOrder());
            orders.put("new_order", e.newOrder());
            body.put("field_changed", e.fieldChanged());
            body.put("orders", orders);
        } else if (event instanceof EngineEvent.OrderClaimed e) {
            body.put("order", e.order());
            body.put("claimant", e.claimant());
        } else if (event instanceof EngineEvent.PaymentReceived e) {
            body.put("payment", e.payment());
        } else if (event instanceof EngineEvent.Confirmation e) {
            body.put("payment", e.payment());
        }
        return body;
    }
}
