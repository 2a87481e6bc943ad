package com.tari.tps.server.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers engine events to any number of subscribers, in publication order, on one background thread: a slow or
 * failing subscriber never blocks or breaks the engine. Thread-safe.
 */
public final class EventBus implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventBus.class);

    private final List<Consumer<EngineEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "engine-events");
        t.setDaemon(true);
        return t;
    });

    public void subscribe(Consumer<EngineEvent> subscriber) {
        subscribers.add(subscriber);
    }

    /** Stops delivering to a subscriber (e.g. the live feed of an HTTP server that stopped). */
    public void unsubscribe(Consumer<EngineEvent> subscriber) {
        subscribers.remove(subscriber);
    }

    public void publish(EngineEvent event) {
        delivery.execute(() -> {
            for (Consumer<EngineEvent> subscriber : subscribers) {
                try {
                    subscriber.accept(event);
                } catch (RuntimeException e) {
                    log.warn("An event subscriber failed on {}: {}", event.type(), e.toString());
                }
            }
        });
    }

    /** Delivers what is queued, then stops. */
    @Override
    public void close() {
        delivery.shutdown();
        try {
            delivery.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
