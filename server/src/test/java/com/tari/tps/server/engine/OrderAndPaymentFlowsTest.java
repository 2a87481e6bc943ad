package com.tari.tps.server.engine;

import com.tari.tps.server.config.EngineSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.server.accounts.AddressBalance;
import com.tari.tps.server.accounts.MultiAccountPayment;
import com.tari.tps.server.audit.AuditLog;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.orders.NewOrder;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.payments.Payment;
import com.tari.tps.server.payments.processing.PaymentService;
import com.tari.tps.server.payments.PaymentStatus;
import com.tari.tps.server.payments.PaymentType;
import com.tari.tps.server.tx.EngineException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's money flows against a real SQLite file. */
class OrderAndPaymentFlowsTest {
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
    void aNewOrderIsStoredUnclaimedAndADuplicateChangesNothing() {
        Order first = f.order("o1", "cust1", 100);
        assertThat(first.status()).isEqualTo(OrderStatus.Unclaimed);
        long auditRows = auditRows("o1");

        var again = f.engine.orders().newOrder(NewOrder.of("o1", "someone-else", MicroTari.of(999), f.clock.instant()));
        assertThat(again.created()).isFalse();
        assertThat(again.order()).isEqualTo(first);
        assertThat(f.reload("o1").totalPrice().value()).isEqualTo(100);
        assertThat(auditRows("o1")).isEqualTo(auditRows);
    }

    @Test
    void claimedOrderIsPaidWhenAConfirmedPaymentCoversIt() {
        f.order("o1", "cust1", 100_000_000);
        var claimed = f.engine.claims().claim(alice.claim("o1"));
        assertThat(claimed.status()).isEqualTo(OrderStatus.New);
        assertThat(claimed.expiresAt()).isEqualTo(f.reload("o1").updatedAt().plus(Duration.ofHours(48)));

        var received = f.engine.payments().received(new NewPayment(alice.address(), MicroTari.of(150_000_000), "tx1", null, null));
        assertThat(received.created()).isTrue();
        assertThat(f.reload("o1").status()).as("received funds are pending, not spendable").isEqualTo(OrderStatus.New);
        assertThat(f.engine.accounts().balance(alice.address()).pending().value()).isEqualTo(150_000_000);

        PaymentService.Confirmed confirmed = f.engine.payments().confirm("tx1");
        assertThat(confirmed.paid().ordersPaid()).extracting(Order::orderId).containsExactly("o1");
        assertThat(f.reload("o1").status()).isEqualTo(OrderStatus.Paid);
        AddressBalance balance = f.engine.accounts().balance(alice.address());
        assertThat(balance.totalConfirmed().value()).isEqualTo(150_000_000);
        assertThat(balance.totalPaid().value()).isEqualTo(100_000_000);
        assertThat(balance.currentBalance().value()).as("overpayment stays as credit").isEqualTo(50_000_000);
        assertThat(balance.pending().value()).isZero();
    }

    @Test
    void overpaymentCreditPaysTheNextOrderAutomatically() {
        f.order("o1", "cust1", 100);
        f.engine.claims().claim(alice.claim("o1"));
        f.pay(alice, "tx1", 250);
        Order second = f.order("o2", "cust1", 150);
        assertThat(second.status()).as("auto-claimed by the linked address and paid from its credit").isEqualTo(OrderStatus.Paid);
        assertThat(f.engine.accounts().balance(alice.address()).currentBalance().value()).isZero();
    }

    @Test
    void matchingGoesOldestFirstAndStopsAtTheFirstOrderThatDoesNotFit() {
        f.order("o1", "cust1", 100);
        f.order("o2", "cust1", 300);
        f.order("o3", "cust1", 50);
        f.engine.claims().claim(alice.claim("o1"));
        f.pay(alice, "tx1", 200);
        assertThat(f.reload("o1").status()).isEqualTo(OrderStatus.Paid);
        assertThat(f.reload("o2").status()).as("too dear for the 100 left").isEqualTo(OrderStatus.Unclaimed);
        assertThat(f.reload("o3").status()).as("isolated matching stops at o2").isEqualTo(OrderStatus.Unclaimed);
        assertThat(f.engine.accounts().balance(alice.address()).currentBalance().value()).isEqualTo(100);
    }

    @Test
    void aDuplicateTxidChangesNothing() {
        f.engine.payments().received(new NewPayment(alice.address(), MicroTari.of(10), "tx1", "first", null));
        var again = f.engine.payments().received(new NewPayment(alice.address(), MicroTari.of(99), "tx1", "second", null));
        assertThat(again.created()).isFalse();
        assertThat(again.payment().amount().value()).isEqualTo(10);
        assertThat(f.engine.accounts().balance(alice.address()).pending().value()).isEqualTo(10);
        assertThat(f.engine.payments().confirm("tx1").alreadyConfirmed()).isFalse();
        assertThat(f.engine.payments().confirm("tx1").alreadyConfirmed()).isTrue();
        assertThat(f.engine.accounts().balance(alice.address()).totalConfirmed().value()).isEqualTo(10);
    }

    @Test
    void paymentBeforeTheOrderIsPickedUpWhenTheOrderArrives() {
        f.engine.payments().received(new NewPayment(alice.address(), MicroTari.of(500), "tx1", null, "o9"));
        f.engine.payments().confirm("tx1");
        Order order = f.order("o9", "cust9", 400);
        assertThat(order.status()).isEqualTo(OrderStatus.Paid);
        assertThat(f.engine.accounts().balance(alice.address()).currentBalance().value()).isEqualTo(100);
    }

    @Test
    void aSignedMemoInThePaymentClaimsItsOrder() {
        f.order("o5", "cust5", 70);
        f.engine.payments().received(new NewPayment(alice.address(), MicroTari.of(70), "tx1", alice.claim("o5").toJson(), null));
        assertThat(f.reload("o5").status()).isEqualTo(OrderStatus.New);
        assertThat(f.engine.payments().find("tx1").orElseThrow().orderId()).isEqualTo("o5");
        f.engine.payments().confirm("tx1");
        assertThat(f.reload("o5").status()).isEqualTo(OrderStatus.Paid);
    }

    @Test
    void unknownAndCancelledPaymentsCannotBeConfirmed() {
        assertThatThrownBy(() -> f.engine.payments().confirm("nope")).isInstanceOf(EngineException.NotFound.class);
        f.engine.payments().received(new NewPayment(alice.address(), MicroTari.of(10), "tx1", null, null));
        assertThat(f.engine.payments().cancel("tx1").status()).isEqualTo(PaymentStatus.CANCELLED);
        assertThatThrownBy(() -> f.engine.payments().confirm("tx1")).isInstanceOf(EngineException.Refused.class);
        assertThat(f.engine.accounts().balance(alice.address()).pending().value()).isZero();
    }

    @Test
    void anOrderPaidOnceCannotBePaidAgain() {
        f.order("o1", "cust1", 100);
        f.engine.claims().claim(alice.claim("o1"));
        f.pay(alice, "tx1", 100);
        assertThatThrownBy(() -> f.engine.orders().fulfill("o1", "again")).isInstanceOf(EngineException.Refused.class);
        f.pay(alice, "tx2", 100);
        assertThat(f.engine.accounts().settleCustomer("cust1").isEmpty()).isTrue();
        Optional<Long> settled = f.database.read(h -> com.tari.tps.server.accounts.LedgerDao.settledAmount(h, "o1"));
        assertThat(settled).contains(100L);
        assertThatThrownBy(() -> f.engine.claims().claim(alice.claim("o1"))).isInstanceOf(EngineException.Conflict.class);
    }

    @Test
    void creditNotePaysOpenOrdersOfTheCustomer() {
        f.order("o1", "bob", 200_000_000);
        f.order("o2", "bob", 100_000_000);
        MultiAccountPayment paid = f.engine.payments().creditNote("bob", MicroTari.of(250_000_000), "Helping a buddy out");
        assertThat(paid.ordersPaid()).extracting(Order::orderId).containsExactly("o1");
        assertThat(f.reload("o2").status()).isEqualTo(OrderStatus.Unclaimed);
        Payment note = f.engine.payments().paymentsFrom(com.tari.tps.common.address.TariAddress.dummyForCustomerId("bob")).get(0);
        assertThat(note.txid()).startsWith("credit_note_bob:250.000τ:");
        assertThat(note.memo()).isEqualTo("Credit note: Helping a buddy out");
        assertThat(note.paymentType()).isEqualTo(PaymentType.MANUAL);
        assertThat(note.status()).isEqualTo(PaymentStatus.CONFIRMED);

        f.engine.payments().creditNote("bob", MicroTari.of(250_000_000), null);
        assertThat(f.reload("o2").status()).as("a second identical note in the same second still counts").isEqualTo(OrderStatus.Paid);
    }

    @Test
    void customerHistorySumsOrdersByStatusAndFundsAcrossAddresses() {
        f.order("o1", "bob", 100);
        f.order("o2", "bob", 40);
        f.order("o3", "bob", 7);
        f.engine.orders().cancel("o3", "changed mind");
        f.engine.payments().creditNote("bob", MicroTari.of(120), "goodwill");
        var history = f.engine.accounts().customerHistory("bob");
        assertThat(history.totalPaid()).isEqualTo(100);
        assertThat(history.totalCurrent()).isEqualTo(40);
        assertThat(history.totalCancelled()).isEqualTo(7);
        assertThat(history.currentBalance()).isEqualTo(20);
        assertThat(history.settlements()).extracting(s -> s.orderId()).containsExactly("o1");
        assertThat(f.engine.accounts().customerHistory("nobody").orders()).isEmpty();
    }

    @Test
    void fulfilMarksAnOpenOrderPaidFromACreditNote() {
        f.order("o1", "cust1", 100);
        Order paid = f.engine.orders().fulfill("o1", "paid in cash");
        assertThat(paid.status()).isEqualTo(OrderStatus.Paid);
        assertThat(f.engine.payments().paymentsFrom(com.tari.tps.common.address.TariAddress.dummyForCustomerId("cust1")).get(0).memo())
                .isEqualTo("Credit note: Admin credit overrode for order o1. Reason: paid in cash");
    }

    @Test
    void cancelResetPriceMemoAndReassign() {
        f.order("o1", "cust1", 100);
        assertThat(f.engine.orders().cancel("o1", "customer asked").status()).isEqualTo(OrderStatus.Cancelled);
        assertThatThrownBy(() -> f.engine.orders().cancel("o1", "twice")).isInstanceOf(EngineException.Refused.class);
        assertThatThrownBy(() -> f.engine.orders().updatePrice("o1", MicroTari.of(5))).isInstanceOf(EngineException.Refused.class);
        assertThat(f.engine.orders().reset("o1").status()).isEqualTo(OrderStatus.New);
        assertThatThrownBy(() -> f.engine.orders().reset("o1")).isInstanceOf(EngineException.Refused.class);

        assertThat(f.engine.orders().updateMemo("o1", "gift wrap").memo()).isEqualTo("gift wrap");
        assertThatThrownBy(() -> f.engine.orders().updatePrice("o1", MicroTari.of(-1))).isInstanceOf(EngineException.Refused.class);
        assertThatThrownBy(() -> f.engine.orders().updatePrice("o1", MicroTari.of(100))).isInstanceOf(EngineException.Refused.class);

        f.engine.claims().claim(alice.claim("o1"));
        f.pay(alice, "tx1", 60);
        assertThat(f.reload("o1").status()).isEqualTo(OrderStatus.New);
        assertThat(f.engine.orders().updatePrice("o1", MicroTari.of(60)).status()).as("price drop makes it payable").isEqualTo(OrderStatus.Paid);

        f.order("o2", "cust2", 10);
        var move = f.engine.orders().reassign("o2", "cust1");
        assertThat(move.oldOrder().customerId()).isEqualTo("cust2");
        assertThat(move.newOrder().customerId()).isEqualTo("cust1");
        assertThatThrownBy(() -> f.engine.orders().reassign("nope", "x")).isInstanceOf(EngineException.NotFound.class);
    }

    @Test
    void altIdsMatchOnlyWhenStrictModeIsOff() {
        f.close();
        var lenient = new EngineSettings(false, Duration.ofHours(2), Duration.ofHours(48), false, false, Optional.empty());
        f = new EngineFixture(dir.resolve("lenient"), lenient);
        f.engine.orders().newOrder(NewOrder.of("5621", "c", MicroTari.of(5), f.clock.instant()).withAltId("#1002"));
        assertThat(f.engine.orders().find("#1002")).map(Order::orderId).contains("5621");
        assertThat(f.engine.claims().claim(alice.claim("#1002")).orderId()).isEqualTo("5621");
    }

    @Test
    void aPaymentNamingAnOrdersAltIdBeforeTheOrderExistsPaysItWhenStrictModeIsOff() {
        f.close();
        var lenient = new EngineSettings(false, Duration.ofHours(2), Duration.ofHours(48), false, false, Optional.empty());
        f = new EngineFixture(dir.resolve("lenient"), lenient);
        // The shopper paid first, naming the order as the storefront showed it (its alt id, "#1002").
        f.engine.payments().received(new NewPayment(alice.address(), MicroTari.of(5), "tx-early", null, "#1002"));
        f.engine.payments().confirm("tx-early");
        f.engine.orders().newOrder(NewOrder.of("5621", "c", MicroTari.of(5), f.clock.instant()).withAltId("#1002"));
        assertThat(f.reload("5621").status()).isEqualTo(OrderStatus.Paid);
        assertThat(f.engine.payments().paymentsNaming(f.reload("5621"))).extracting(p -> p.txid()).containsExactly("tx-early");
    }

    @Test
    void inStrictModeAPaymentNamingAnAltIdDoesNotPayTheOrder() {
        f.engine.payments().received(new NewPayment(alice.address(), MicroTari.of(5), "tx-early", null, "#1002"));
        f.engine.payments().confirm("tx-early");
        f.engine.orders().newOrder(NewOrder.of("5621", "c", MicroTari.of(5), f.clock.instant()).withAltId("#1002"));
        assertThat(f.reload("5621").status()).isNotEqualTo(OrderStatus.Paid);
        assertThat(f.engine.payments().paymentsNaming(f.reload("5621"))).isEmpty();
    }

    @Test
    void strictModeFindsOrdersByOrderIdOnly() {
        f.engine.orders().newOrder(NewOrder.of("5621", "c", MicroTari.of(5), f.clock.instant()).withAltId("#1002"));
        assertThat(f.engine.orders().find("#1002")).isEmpty();
        assertThatThrownBy(() -> f.engine.claims().claim(alice.claim("#1002"))).isInstanceOf(EngineException.NotFound.class);
    }

    private long auditRows(String orderId) {
        Long rows = f.database.read(h -> AuditLog.orderRows(h, orderId));
        return rows;
    }

    @Test
    void balancesAlwaysEqualTheLedger() {
        f.order("o1", "cust1", 100);
        f.engine.claims().claim(alice.claim("o1"));
        f.pay(alice, "tx1", 130);
        f.engine.payments().received(new NewPayment(alice.address(), MicroTari.of(7), "tx2", null, null));
        f.engine.payments().creditNote("cust1", MicroTari.of(-20), "correction");
        assertThat(f.engine.accounts().ledgerMismatches()).isEmpty();
    }
}
