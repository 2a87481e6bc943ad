package com.tari.tps.server.live;

import com.tari.tps.server.events.EngineEvent;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An engine event as the live feeds carry it: the feed's id for it (starts at 1, strictly increasing in publication
 * order; SSE {@code id:}), the engine's fact, whose it is and which orders it is about.
 *
 * <p>Whose it is (the base58 addresses linked to the order's customer, the claimant, the sender) takes a store lookup,
 * so it is worked out when first asked, by a connected viewer or a resume, and kept: an event that nobody watches
 * costs none. Links between addresses and customers are only ever added, so asking later can only add addresses that
 * by then belong to the order's customer, and may see its orders anyway.
 */
public final class LiveEvent {
    private final long id;
    private final EngineEvent event;
    private final Set<String> orderIds;
    private Supplier<Set<String>> whose;
    private volatile Set<String> audience;

    public LiveEvent(long id, EngineEvent event, Supplier<Set<String>> whose, Set<String> orderIds) {
        this.id = id;
        this.event = event;
        this.whose = whose;
        this.orderIds = Set.copyOf(orderIds);
    }

    public LiveEvent(long id, EngineEvent event, Set<String> audience, Set<String> orderIds) {
        this(id, event, () -> audience, orderIds);
    }

    public long id() {
        return id;
    }

    public EngineEvent event() {
        return event;
    }

    /** The orders it is about (none for a payment that named no order). */
    public Set<String> orderIds() {
        return orderIds;
    }

    public Set<String> audience() {
        Set<String> known = audience;
        if (known == null) {
            synchronized (this) {
                if (audience == null) {
                    audience = Set.copyOf(whose.get());
                    whose = null;
                }
                known = audience;
            }
        }
        return known;
    }
}
