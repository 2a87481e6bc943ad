package com.tari.tps.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.server.accounts.AddressBalance;
import com.tari.tps.server.accounts.MultiAccountPayment;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.orders.NewOrder;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderQuery;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.server.payments.Payment;
import com.tari.tps.server.payments.PaymentStatus;
import com.tari.tps.server.tx.EngineException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 8 threads over four accounts, in 8 rounds. Each round, every thread first runs 10 random operations (new orders,
 * payments, confirmations, claims, settles, credit notes); then, released together by a barrier, all 8 threads confirm
 * the same pending txid (twice), claim the same order (twice), settle the same customer (twice), and finally hit one
 * account with six different operations at the same instant. At the end the threads race to confirm every payment
 * still pending. Afterwards every balance equals its ledger and exactly what the test sent and credited, no payment
 * is lost, each raced confirmation took effect exactly once, no order is reported paid twice, and no order is paid
 * twice or short.
 *
 * <p>Every engine write is one durable SQLite commit behind one write lock, so the cost is the number of writes
 * (about 1,300 here); the contention comes from the barriers, not from volume.
 */
class ConcurrentMoneyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 8;
    private static final int MIXED_PER_ROUND = 10;
    private static final int ACCOUNTS = 4;
    private static final int RACED_TXIDS = 2;
    private static final int RACED_ORDERS = 2;
    private static final int RACED_SETTLES = 2;

    @TempDir
    Path dir;

    /** What one round's races aim at, picked while every thread waits at the barrier. */
    private record Targets(List<String> txids, List<String> orders, List<Integer> settles, int hotAccount,
                           String hotTxid, String hotOrder) {}

    /** A list that grows and hands out random members in O(1). */
    private static final class Pool {
        private final List<String> items = new ArrayList<>();

        synchronized void add(String item) {
            items.add(item);
        }

        synchronized Optional<String> pick(Random random) {
            return items.isEmpty() ? Optional.empty() : Optional.of(items.get(random.nextInt(items.size())));
        }

        synchronized List<String> snapshot() {
            return List.copyOf(items);
        }
    }

    @Test
    void balancesStayExactUnderConcurrentPaymentsAndClaims() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            List<Wallet> wallets = new ArrayList<>();
            for (int a = 0; a < ACCOUNTS; a++) {
                wallets.add(Wallet.random());
            }
            Pool txids = new Pool();
            Pool orderIds = new Pool();
            Map<String, Long> sent = new ConcurrentHashMap<>();          // txid -> amount
            Map<String, Integer> sender = new ConcurrentHashMap<>();     // txid -> account
            AtomicLongArray credited = new AtomicLongArray(ACCOUNTS);    // credit notes per customer
            AtomicInteger sequence = new AtomicInteger();
            Queue<String> reportedPaid = new ConcurrentLinkedQueue<>();  // every order a call said it paid
            Map<String, Queue<Boolean>> confirmRaces = new ConcurrentHashMap<>(); // txid -> alreadyConfirmed per racer

            Ops ops = new Ops(f, wallets, txids, orderIds, sent, sender, credited, sequence, reportedPaid);

            Random picker = new Random(42);
            AtomicReference<Targets> targets = new AtomicReference<>();
            CyclicBarrier pick = new CyclicBarrier(THREADS, () -> targets.set(pickTargets(f, picker, txids, orderIds)));
            CyclicBarrier go = new CyclicBarrier(THREADS);

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    Random random = new Random(1000 + thread);
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < MIXED_PER_ROUND; i++) {
                            ops.random(random, random.nextInt(6), random.nextInt(ACCOUNTS));
                        }
                        await(pick);
                        Targets target = targets.get();
                        for (String txid : target.txids()) {
                            await(go);
                            PaymentServiceResult r = ops.confirm(txid);
                            if (r != null) {
                                confirmRaces.computeIfAbsent(txid, k -> new ConcurrentLinkedQueue<>()).add(r.alreadyConfirmed);
                            }
                        }
                        for (String orderId : target.orders()) {
                            await(go);
                            ops.claim(orderId);
                        }
                        for (int account : target.settles()) {
                            await(go);
                            ops.settle(account);
                        }
                        // six different operations on one account at the same instant
                        await(go);
                        int account = target.hotAccount();
                        switch (thread % 6) {
                            case 0 -> ops.newOrder(random, account);
                            case 1 -> ops.receive(random, account);
                            case 2 -> { if (target.hotTxid() != null) ops.confirm(target.hotTxid()); }
                            case 3 -> { if (target.hotOrder() != null) ops.claim(target.hotOrder()); }
                            case 4 -> ops.settle(account);
                            default -> ops.creditNote(random, account);
                        }
                        await(go);
                    }
                    // every payment still pending is confirmed by two racing threads
                    List<String> all = txids.snapshot();
                    await(go);
                    for (int i = 0; i < all.size(); i++) {
                        if (i % THREADS == thread || i % THREADS == (thread + 1) % THREADS) {
                            ops.confirm(all.get(i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(f.engine.accounts().ledgerMismatches()).as("stored balances equal the ledger").isEmpty();

            // each raced confirmation took effect exactly once
            assertThat(confirmRaces).as("confirmation races ran").hasSize(ROUNDS * RACED_TXIDS);
            confirmRaces.forEach((txid, results) -> {
                assertThat(results).as("racers confirming %s", txid).hasSize(THREADS);
                assertThat(results.stream().filter(already -> !already).count())
                        .as("%s confirmed exactly once", txid).isEqualTo(1);
            });

            // no payment lost: every payment kept, confirmed, with its amount and sender
            long[] sentBy = new long[ACCOUNTS];
            for (Map.Entry<String, Long> e : sent.entrySet()) {
                Payment payment = f.engine.payments().find(e.getKey()).orElse(null);
                assertThat(payment).as("payment %s kept", e.getKey()).isNotNull();
                assertThat(payment.status()).as("payment %s", e.getKey()).isEqualTo(PaymentStatus.CONFIRMED);
                assertThat(payment.amount().value()).as("amount of %s", e.getKey()).isEqualTo(e.getValue());
                int account = sender.get(e.getKey());
                assertThat(payment.sender()).isEqualTo(wallets.get(account).address());
                sentBy[account] += e.getValue();
            }

            List<Order> orders = f.engine.orders().search(OrderQuery.all());
            assertThat(orders).hasSize(orderIds.snapshot().size());
            Map<String, Long> settled = f.database.read(h -> {
                Map<String, Long> sums = new HashMap<>();
                h.createQuery("SELECT order_id, SUM(amount) FROM settlements GROUP BY order_id")
                        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                        .forEach(e -> sums.put(e.getKey(), e.getValue()));
                return sums;
            });
            int paid = 0;
            long paidTotal = 0;
            for (Order order : orders) {
                if (order.status() == OrderStatus.Paid) {
                    paid++;
                    paidTotal += order.totalPrice().value();
                    assertThat(settled.get(order.orderId())).as("order %s settled exactly once, in full", order.orderId())
                            .isEqualTo(order.totalPrice().value());
                } else {
                    assertThat(settled).as("unpaid order %s has no settlement", order.orderId()).doesNotContainKey(order.orderId());
                }
            }
            assertThat(reportedPaid).as("no order reported paid by two calls").doesNotHaveDuplicates();

            // every balance is exactly what was sent or credited, less what paid orders took
            long totalPaid = 0;
            for (int a = 0; a < ACCOUNTS; a++) {
                AddressBalance balance = f.engine.accounts().balance(wallets.get(a).address());
                assertThat(balance.currentBalance().isNegative()).as("balance of %s", wallets.get(a).address()).isFalse();
                assertThat(balance.totalConfirmed().value()).as("confirmed from wallet %d", a).isEqualTo(sentBy[a]);
                assertThat(balance.pending().value()).as("pending at wallet %d", a).isZero();
                AddressBalance notes = f.engine.accounts().balance(TariAddress.dummyForCustomerId("customer-" + a));
                assertThat(notes.currentBalance().isNegative()).as("credit balance of customer-%d", a).isFalse();
                assertThat(notes.totalConfirmed().value()).as("credit notes to customer-%d", a).isEqualTo(credited.get(a));
                totalPaid += balance.totalPaid().value() + notes.totalPaid().value();
            }
            assertThat(totalPaid).as("what the accounts paid is what the paid orders cost").isEqualTo(paidTotal);
            assertThat(paid).as("the run exercised matching").isPositive();
        }
    }

    private static Targets pickTargets(EngineFixture f, Random random, Pool txids, Pool orderIds) {
        List<String> pending = new ArrayList<>();
        List<String> all = txids.snapshot();
        for (int i = all.size() - 1; i >= 0 && pending.size() < RACED_TXIDS + 1; i--) {
            if (f.engine.payments().find(all.get(i)).orElseThrow().status() == PaymentStatus.RECEIVED) {
                pending.add(all.get(i));
            }
        }
        if (pending.size() < RACED_TXIDS + 1) {
            throw new IllegalStateException("too few pending payments to race on: " + pending.size());
        }
        List<String> open = new ArrayList<>();
        for (int tries = 0; tries < 50 && open.size() < RACED_ORDERS + 1; tries++) {
            orderIds.pick(random).filter(id -> f.engine.orders().find(id).orElseThrow().status().isOpen())
                    .filter(id -> !open.contains(id)).ifPresent(open::add);
        }
        List<Integer> settles = new ArrayList<>();
        for (int i = 0; i < RACED_SETTLES; i++) {
            settles.add(random.nextInt(ACCOUNTS));
        }
        String hotOrder = open.isEmpty() ? null : open.remove(open.size() - 1);
        return new Targets(pending.subList(0, RACED_TXIDS), open, settles, random.nextInt(ACCOUNTS),
                pending.get(RACED_TXIDS), hotOrder);
    }

    private static void await(CyclicBarrier barrier) throws Exception {
        barrier.await(2, TimeUnit.MINUTES);
    }

    private record PaymentServiceResult(boolean alreadyConfirmed) {}

    /** The engine operations the threads run, each recording what the final assertions need. */
    private record Ops(EngineFixture f, List<Wallet> wallets, Pool txids, Pool orderIds, Map<String, Long> sent,
                       Map<String, Integer> sender, AtomicLongArray credited, AtomicInteger sequence,
                       Queue<String> reportedPaid) {

        void random(Random random, int operation, int account) {
            switch (operation) {
                case 0 -> newOrder(random, account);
                case 1 -> receive(random, account);
                case 2 -> txids.pick(random).ifPresent(this::confirm);
                case 3 -> orderIds.pick(random).ifPresent(this::claim);
                case 4 -> settle(account);
                default -> creditNote(random, account);
            }
        }

        void newOrder(Random random, int account) {
            String id = "order-" + sequence.incrementAndGet();
            f.engine.orders().newOrder(NewOrder.of(id, "customer-" + account,
                    MicroTari.of(1 + random.nextInt(1_000)), f.clock.instant()));
            orderIds.add(id);
        }

        void receive(Random random, int account) {
            String txid = "tx-" + sequence.incrementAndGet();
            long amount = 1 + random.nextInt(800);
            sent.put(txid, amount);
            sender.put(txid, account);
            f.engine.payments().received(new NewPayment(wallets.get(account).address(), MicroTari.of(amount), txid, null, null));
            txids.add(txid);
        }

        PaymentServiceResult confirm(String txid) {
            try {
                var confirmed = f.engine.payments().confirm(txid);
                record(confirmed.paid());
                return new PaymentServiceResult(confirmed.alreadyConfirmed());
            } catch (EngineException.Conflict | EngineException.Refused expected) {
                return null;
            }
        }

        void claim(String orderId) {
            Order order = f.engine.orders().find(orderId).orElseThrow();
            Wallet owner = wallets.get(Integer.parseInt(order.customerId().substring("customer-".length())));
            try {
                f.engine.claims().claim(owner.claim(orderId));
            } catch (EngineException.Conflict | EngineException.Refused expected) {
                // e.g. claiming an order that another thread already paid: refused, nothing changes
            }
        }

        void settle(int account) {
            record(f.engine.accounts().settleCustomer("customer-" + account));
        }

        void creditNote(Random random, int account) {
            long amount = 1 + random.nextInt(300);
            record(f.engine.payments().creditNote("customer-" + account, MicroTari.of(amount), "load test"));
            credited.addAndGet(account, amount);
        }

        private void record(MultiAccountPayment paid) {
            paid.ordersPaid().forEach(order -> reportedPaid.add(order.orderId()));
        }
    }
}
