package com.tari.tps.server.accounts;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.server.tx.TransactionRunner;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.OrderDao;
import com.tari.tps.server.payments.Payment;
import com.tari.tps.server.payments.PaymentDao;
import java.util.ArrayList;
import java.util.List;

/** Balances, histories and settling of accounts. */
public final class AccountService {
    private final TransactionRunner runner;
    private final OrderPayer payer;

    public AccountService(TransactionRunner runner, OrderPayer payer) {
        this.runner = runner;
        this.payer = payer;
    }

    public AddressBalance balance(TariAddress address) {
        return runner.read(h -> LedgerDao.balance(h, address, runner.clock().instant()));
    }

    /** An address's balance, its customers' orders, its payments and the settlements charged to it. */
    public record AddressHistory(TariAddress address, AddressBalance balance, List<Order> orders, List<Payment> payments,
                                 List<Settlement> settlements) {}

    public AddressHistory history(TariAddress address) {
        return runner.read(h -> new AddressHistory(address, LedgerDao.balance(h, address, runner.clock().instant()),
                OrderDao.forAddress(h, address.toBase58()), PaymentDao.bySender(h, address.toBase58()),
                LedgerDao.settlementsFor(h, address.toBase58())));
    }

    /** A customer's funds across its addresses, its orders by status, and the settlements of its paid orders. */
    public record CustomerHistory(String customerId, List<AddressBalance> addressBalances, long totalCurrent, long totalPaid,
                                  long totalExpired, long totalCancelled, List<Order> orders, List<Settlement> settlements) {

        public long currentBalance() {
            return addressBalances.stream().mapToLong(b -> b.currentBalance().value()).sum();
        }
    }

    public CustomerHistory customerHistory(String customerId) {
        return runner.read(h -> {
            List<AddressBalance> balances = new ArrayList<>();
            for (String address : LedgerDao.addressesOf(h, customerId)) {
                AddressBalance b = LedgerDao.balance(h, TariAddress.parse(address), runner.clock().instant());
                if (b.totalConfirmed().value() != 0) {
                    balances.add(b);
                }
            }
            balances.sort(java.util.Comparator.comparing(AddressBalance::lastUpdate).reversed());
            List<Order> orders = OrderDao.byCustomer(h, customerId);
            long current = 0;
            long paid = 0;
            long expired = 0;
            long cancelled = 0;
            List<Settlement> settlements = new ArrayList<>();
            for (Order o : orders) {
                long price = o.totalPrice().value();
                switch (o.status()) {
                    case New, Unclaimed -> current += price;
                    case Paid -> {
                        paid += price;
                        settlements.addAll(LedgerDao.settlementsOfOrder(h, o.orderId()));
                    }
                    case Expired -> expired += price;
                    case Cancelled -> cancelled += price;
                }
            }
            return new CustomerHistory(customerId, List.copyOf(balances), current, paid, expired, cancelled, orders, settlements);
        });
    }

    /** Pays a customer's open orders, oldest first, from the pooled funds of its addresses. */
    public MultiAccountPayment settleCustomer(String customerId) {
        return runner.write(tx -> {
            MultiAccountPayment paid = MultiAccountPayment.none();
            for (Order order : OrderDao.payableForCustomer(tx.handle(), customerId)) {
                paid = paid.plus(payer.payAcrossCustomer(tx, order));
            }
            return paid;
        });
    }

    /** Settles every customer linked to the address. */
    public MultiAccountPayment settleAddress(TariAddress address) {
        return runner.write(tx -> {
            MultiAccountPayment paid = MultiAccountPayment.none();
            for (String customer : LedgerDao.customersOf(tx.handle(), address.toBase58())) {
                for (Order order : OrderDao.payableForCustomer(tx.handle(), customer)) {
                    paid = paid.plus(payer.payAcrossCustomer(tx, order));
                }
            }
            return paid;
        });
    }

    public List<String> customerIds(int offset, int count) {
        return runner.read(h -> LedgerDao.customerIds(h, offset, count));
    }

    public List<String> addresses(int offset, int count) {
        return runner.read(h -> LedgerDao.addresses(h, offset, count));
    }

    public List<String> addressesOfCustomer(String customerId) {
        return runner.read(h -> LedgerDao.addressesOf(h, customerId));
    }

    /** Addresses whose stored balance differs from the sum of their payments and settlements; empty when all agree. */
    public List<String> ledgerMismatches() {
        return runner.read(h -> {
            List<String> wrong = new ArrayList<>();
            for (String address : LedgerDao.addressesWithBalances(h)) {
                AddressBalance stored = LedgerDao.balance(h, TariAddress.parse(address), runner.clock().instant());
                long[] ledger = LedgerDao.recomputeFromLedger(h, address);
                if (stored.totalConfirmed().value() != ledger[0] || stored.totalPaid().value() != ledger[1]
                        || stored.pending().value() != ledger[2]) {
                    wrong.add(address);
                }
            }
            return wrong;
        });
    }
}
