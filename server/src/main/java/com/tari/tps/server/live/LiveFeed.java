package com.tari.tps.server.live;

import com.tari.tps.server.events.EngineEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engine's event bus subscriber behind the live feeds: numbers each event, keeps it for resume (with how to work
 * out whose it is, once a viewer asks), then hands it to the SSE and WebSocket hubs. Runs on the bus's delivery
 * thread, so ids follow publication order; the hubs only queue or send without blocking.
 */
public final class LiveFeed implements Consumer<EngineEvent> {
    private final RecentEvents recent;
    private final EventAudience audience;
    private final List<Consumer<LiveEvent>> hubs;

    public LiveFeed(RecentEvents recent, EventAudience audience, List<Consumer<LiveEvent>> hubs) {
        this.recent = recent;
        this.audience = audience;
        this.hubs = List.copyOf(hubs);
    }

    @Override
    public void accept(EngineEvent event) {
        send(recent.append(event, () -> audience.addresses(event), EventAudience.orderIds(event)));
    }

    /** An event numbered by the shared event log (several instances): the same id on every instance. */
    public void accept(long id, EngineEvent event) {
        recent.appendNumbered(id, event, () -> audience.addresses(event), EventAudience.orderIds(event)).ifPresent(this::send);
    }

    private void send(LiveEvent live) {
        for (Consumer<LiveEvent> hub : hubs) {
            hub.accept(live);
        }
    }
}
