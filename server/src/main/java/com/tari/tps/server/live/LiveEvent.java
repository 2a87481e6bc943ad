package com.tari.tps.server.live;

import com.tari.tps.server.events.EngineEvent;
import java.util.Set;

/**
 * An engine event as the live feeds carry it.
 *
 * @param id        the feed's id for it: starts at 1, strictly increasing in publication order (SSE {@code id:})
 * @param event     the engine's fact
 * @param audience  base58 addresses whose owners may see it (linked to the order's customer, the claimant, the sender)
 * @param orderIds  the orders it is about (none for a payment that named no order)
 */
public record LiveEvent(long id, EngineEvent event, Set<String> audience, Set<String> orderIds) {
    public LiveEvent {
        audience = Set.copyOf(audience);
        orderIds = Set.copyOf(orderIds);
    }
}
