package com.tari.tps.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.signatures.MemoSignature;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.events.EngineEvent;
import com.tari.tps.server.orders.NewOrder;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.tx.EngineException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsExpiryAndEventsTest {
    @TempDir
    Path dir;
    EngineFixture f;
    Wallet alice = Wallet.random();

    @BeforeEach
    void open() {
        f = new EngineFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aClaimSignedForAnotherOrderIsRefused() {
        f.order("o1", "c1", 10);
        f.order("o2", "c2", 10);
        MemoSignature forO1 = alice.claim("o1");
        MemoSignature replayed = new MemoSignature(alice.address(), "o2", forO1.signature());
        assertThatThrownBy(() -> f.engine.claims().claim(replayed)).isInstanceOf(EngineException.InvalidSignature.class);
        assertThat(f.reload("o2").status()).isEqualTo(OrderStatus.Unclaimed);
        MemoSignature byAnother = new MemoSignature(Wallet.random().address(), "o1", forO1.signature());
        assertThatThrownBy(() -> f.engine.claims().claim(byAnother)).isInstanceOf(EngineException.InvalidSignature.class);
        assertThatThrownBy(() -> f.engine.claims().claim(alice.claim("o404"))).isInstanceOf(EngineException.NotFound.class);
    }

    @Test
    void aClaimPaysAtOnceFromExistingCredit() {
        f.order("o1", "c1", 10);
        f.engine.claims().claim(alice.claim("o1"));
        f.pay(alice, "tx1", 10);
        f.order("o2", "c2", 25);
        f.pay(alice, "tx2", 30);
        assertThat(f.engine.claims().claim(alice.claim("o2")).status()).isEqualTo(OrderStatus.Paid);
    }

    @Test
    void anOrderCarryingAValidClaimIsBornClaimed() {
        NewOrder order = NewOrder.of("o7", "c7", MicroTari.of(5), f.clock.instant()).withClaimant(alice.address());
        assertThat(f.engine.orders().newOrder(order).order().status()).isEqualTo(OrderStatus.New);
    }

    @Test
    void unclaimedOrdersExpireAfterTheirTimeoutAndNotAMomentBefore() {
        f.order("o1", "c1", 10);
        f.clock.advance(Duration.ofHours(2));
        assertThat(f.engine.expiry().expireNow()).as("exactly at the boundary").isEmpty();
        f.clock.advance(Duration.ofNanos(1000));
        assertThat(f.engine.expiry().expireNow()).extracting(o -> o.orderId()).containsExactly("o1");
        assertThat(f.reload("o1").status()).isEqualTo(OrderStatus.Expired);
    }

    @Test
    void claimedUnpaidOrdersExpireAfterTheUnpaidTimeoutAndPaidOrdersNever() {
        f.order("o1", "c1", 10);
        f.order("o2", "c1", 10);
        f.engine.claims().claim(alice.claim("o1"));
        f.engine.claims().claim(alice.claim("o2"));
        f.pay(alice, "tx1", 10);
        assertThat(f.reload("o1").status()).isEqualTo(OrderStatus.Paid);
        f.clock.advance(Duration.ofHours(47));
        assertThat(f.engine.expiry().expireNow()).isEmpty();
        f.clock.advance(Duration.ofHours(2));
        assertThat(f.engine.expiry().expireNow()).extracting(o -> o.orderId()).containsExactly("o2");
        assertThat(f.reload("o1").status()).isEqualTo(OrderStatus.Paid);
        assertThat(f.engine.orders().reset("o2").status()).isEqualTo(OrderStatus.New);
    }

    @Test
    void eventsArePublishedAfterCommitInOrderWithTheirPayloads() throws Exception {
        f.order("o1", "c1", 10);
        f.engine.claims().claim(alice.claim("o1"));
        f.pay(alice, "tx1", 10);
        List<EngineEvent> events = f.deliveredEvents(5);
        assertThat(events).extracting(EngineEvent::type)
                .containsExactly("NewOrder", "OrderClaimed", "PaymentReceived", "OrderPaid", "Confirmation");
        assertThat(((EngineEvent.OrderClaimed) events.get(1)).claimant()).isEqualTo(alice.address());
        assertThat(((EngineEvent.OrderPaid) events.get(3)).order().status()).isEqualTo(OrderStatus.Paid);
    }

    @Test
    void aRefusedChangePublishesNothingAndAFailingSubscriberBreaksNothing() throws Exception {
        f.engine.events().subscribe(e -> {
            throw new IllegalStateException("subscriber bug");
        });
        f.order("o1", "c1", 10);
        assertThatThrownBy(() -> f.engine.orders().reset("o1")).isInstanceOf(EngineException.Refused.class);
        f.engine.orders().cancel("o1", "test");
        List<EngineEvent> events = f.deliveredEvents(2);
        assertThat(events).extracting(EngineEvent::type).containsExactly("NewOrder", "OrderAnnulled");
        assertThat(((EngineEvent.OrderAnnulled) events.get(1)).status()).isEqualTo(OrderStatus.Cancelled);
    }
}
