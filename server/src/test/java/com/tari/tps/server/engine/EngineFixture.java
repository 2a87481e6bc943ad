package com.tari.tps.server.engine;

import com.tari.tps.server.config.EngineSettings;
import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.MemoSignature;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.server.db.Database;
import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.events.EventBus;
import com.tari.tps.server.orders.NewOrder;
import com.tari.tps.server.orders.Order;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** An engine over a fresh store (an SQLite file, or a PostgreSQL database: {@link com.tari.tps.server.db.TestStores}), a hand-moved clock, and a recorder of published events. */
public final class EngineFixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

    public final MutableClock clock;
    public final Database database;
    public final Engine engine;
    public final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private final EventBus bus;

    public EngineFixture(Path dir) {
        this(dir, EngineSettings.defaults());
    }

    public EngineFixture(Path dir, EngineSettings settings) {
        clock = new MutableClock(START);
        database = Database.open(com.tari.tps.server.db.TestStores.freshUrl(dir));
        bus = new EventBus();
        bus.subscribe(events::add);
        engine = Engine.create(database, clock, settings, bus);
    }

    /** Over the engine of a running server (started with this clock); closing it leaves the server to close itself. */
    public EngineFixture(Engine engine, Database database, MutableClock clock) {
        this.clock = clock;
        this.database = database;
        this.engine = engine;
        this.bus = null;
        engine.events().subscribe(events::add);
    }

    /** A shopper's wallet. */
    public record Wallet(SecretKey key, TariAddress address) {
        public static Wallet random() {
            SecretKey key = SecretKey.random();
            return new Wallet(key, TariAddress.single(Network.MAINNET, 3, key.publicKey()));
        }

        public MemoSignature claim(String orderId) {
            return MemoSignature.create(address, orderId, key);
        }
    }

    public Order order(String orderId, String customer, long microTari) {
        clock.advance(java.time.Duration.ofSeconds(1));
        return engine.orders().newOrder(NewOrder.of(orderId, customer, MicroTari.of(microTari), clock.instant())).order();
    }

    public void pay(Wallet from, String txid, long microTari) {
        engine.payments().received(new NewPayment(from.address(), MicroTari.of(microTari), txid, null, null));
        engine.payments().confirm(txid);
    }

    public Order reload(String orderId) {
        return engine.orders().find(orderId).orElseThrow();
    }

    /** Waits for the event bus to deliver what was published so far. */
    public List<EngineEvent> deliveredEvents(int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (events.size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return List.copyOf(events);
    }

    @Override
    public void close() {
        if (bus != null) {
            bus.close();
            database.close(); // its own store; one of a running server is the server's to close
        }
    }
}
