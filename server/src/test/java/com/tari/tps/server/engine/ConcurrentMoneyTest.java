package com.tari.tps.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.signatures.NewPayment;
import com.tari.tps.server.accounts.AddressBalance;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderQuery;
import com.tari.tps.server.orders.OrderStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 16 threads × 500 mixed operations (orders, payments, confirmations, claims, settles, credit notes) over four
 * accounts. Afterwards every balance equals its ledger, no payment is lost, and no order is paid twice or short.
 */
class ConcurrentMoneyTest {
    private static final int THREADS = 16;
    private static final int OPERATIONS = 500;
    private static final int ACCOUNTS = 4;

    @TempDir
    Path dir;

    @Test
    void balancesStayExactUnderConcurrentPaymentsAndClaims() throws Exception {
        try (EngineFixture f = new EngineFixture(dir)) {
            List<Wallet> wallets = List.of(Wallet.random(), Wallet.random(), Wallet.random(), Wallet.random());
            Set<String> receivedTxids = ConcurrentHashMap.newKeySet();
            List<String> orderIds = new CopyOnWriteArrayList<>();
            AtomicInteger sequence = new AtomicInteger();

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = 1000 + t;
                done.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < OPERATIONS; i++) {
                        int account = random.nextInt(ACCOUNTS);
                        Wallet wallet = wallets.get(account);
                        String customer = "customer-" + account;
                        try {
                            switch (random.nextInt(6)) {
                                case 0 -> {
                                    String id = "order-" + sequence.incrementAndGet();
                                    f.engine.orders().newOrder(com.tari.tps.server.orders.NewOrder.of(id, customer,
                                            MicroTari.of(1 + random.nextInt(1_000)), f.clock.instant()));
                                    orderIds.add(id);
                                }
                                case 1 -> {
                                    String txid = "tx-" + sequence.incrementAndGet();
                                    f.engine.payments().received(new NewPayment(wallet.address(),
                                            MicroTari.of(1 + random.nextInt(800)), txid, null, null));
                                    receivedTxids.add(txid);
                                }
                                case 2 -> {
                                    List<String> txids = List.copyOf(receivedTxids);
                                    if (!txids.isEmpty()) {
                                        f.engine.payments().confirm(txids.get(random.nextInt(txids.size())));
                                    }
                                }
                                case 3 -> {
                                    if (!orderIds.isEmpty()) {
                                        String id = orderIds.get(random.nextInt(orderIds.size()));
                                        Order order = f.engine.orders().find(id).orElseThrow();
                                        Wallet owner = wallets.get(Integer.parseInt(order.customerId().substring(9)));
                                        f.engine.claims().claim(owner.claim(id));
                                    }
                                }
                                case 4 -> f.engine.accounts().settleCustomer(customer);
                                default -> f.engine.payments().creditNote(customer, MicroTari.of(1 + random.nextInt(300)), "load test");
                            }
                        } catch (EngineException.Conflict | EngineException.Refused expected) {
                            // e.g. claiming an order that another thread already paid: refused, nothing changes
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            pool.shutdown();

            assertThat(f.engine.accounts().ledgerMismatches()).as("stored balances equal the ledger").isEmpty();
            for (String txid : receivedTxids) {
                assertThat(f.engine.payments().find(txid)).as("payment %s kept", txid).isPresent();
            }
            List<Order> orders = f.engine.orders().search(OrderQuery.all());
            assertThat(orders).hasSize(orderIds.size());
            Map<String, Long> settled = f.database.read(h -> {
                Map<String, Long> sums = new java.util.HashMap<>();
                h.createQuery("SELECT order_id, SUM(amount) FROM settlements GROUP BY order_id")
                        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                        .forEach(e -> sums.put(e.getKey(), e.getValue()));
                return sums;
            });
            int paid = 0;
            for (Order order : orders) {
                if (order.status() == OrderStatus.Paid) {
                    paid++;
                    assertThat(settled.get(order.orderId())).as("order %s settled exactly once, in full", order.orderId())
                            .isEqualTo(order.totalPrice().value());
                } else {
                    assertThat(settled).as("unpaid order %s has no settlement", order.orderId()).doesNotContainKey(order.orderId());
                }
            }
            for (Wallet wallet : wallets) {
                AddressBalance balance = f.engine.accounts().balance(wallet.address());
                assertThat(balance.currentBalance().isNegative()).as("balance of %s", wallet.address()).isFalse();
            }
            assertThat(paid).as("the run exercised matching").isPositive();
        }
    }
}
