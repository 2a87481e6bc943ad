package com.tari.tps.server.orders;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.db.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for the orders table. Every method runs on the caller's handle (and so in the caller's transaction). */
public final class OrderDao {
    private static final int SEARCH_BATCH = 500;

    private static final String COLUMNS = "id, order_id, alt_id, customer_id, memo, total_price, original_price, currency, "
            + "created_at, updated_at, status, amount_outstanding";

    private OrderDao() {}

    /** Inserts an Unclaimed order; empty when its order_id (or alt_id) is already taken. */
    public static Optional<Order> insertIfAbsent(Handle h, NewOrder order, Instant now) {
        int inserted = h.createUpdate("INSERT INTO orders (order_id, alt_id, customer_id, memo, total_price, original_price, "
                        + "currency, created_at, updated_at, status, amount_outstanding) VALUES (:order_id, :alt_id, :customer_id, "
                        + ":memo, :total_price, :original_price, :currency, :created_at, :updated_at, 'Unclaimed', :amount_outstanding) "
                        + "ON CONFLICT DO NOTHING")
                .bind("order_id", order.orderId())
                .bind("alt_id", order.altId().orElse(null))
                .bind("customer_id", order.customerId())
                .bind("memo", order.memo().orElse(null))
                .bind("total_price", order.totalPrice().value())
                .bind("original_price", order.originalPrice().orElse(null))
                .bind("currency", order.currency())
                .bind("created_at", Timestamps.format(order.createdAt()))
                .bind("updated_at", Timestamps.format(now))
                .bind("amount_outstanding", order.amountOutstanding().orElse(null))
                .execute();
        return inserted == 0 ? Optional.empty() : byOrderId(h, order.orderId());
    }

    public static Optional<Order> byOrderId(Handle h, String orderId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM orders WHERE order_id = :id").bind("id", orderId)
                .map(OrderDao::map).findOne();
    }

    public static Optional<Order> byAltId(Handle h, String altId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM orders WHERE alt_id = :id").bind("id", altId)
                .map(OrderDao::map).findOne();
    }

    public static List<Order> byCustomer(Handle h, String customerId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM orders WHERE customer_id = :c ORDER BY created_at, id")
                .bind("c", customerId).map(OrderDao::map).list();
    }

    /** Orders of every customer linked to the address, oldest first. */
    public static List<Order> forAddress(Handle h, String address) {
        return h.createQuery("SELECT " + COLUMNS + " FROM orders WHERE customer_id IN "
                        + "(SELECT customer_id FROM address_customer WHERE address = :a) ORDER BY created_at, id")
                .bind("a", address).map(OrderDao::map).list();
    }

    /** New and Unclaimed orders of every customer linked to the address, oldest first. */
    public static List<Order> payableForAddress(Handle h, String address) {
        return h.createQuery("SELECT " + COLUMNS + " FROM orders WHERE status IN ('New', 'Unclaimed') AND customer_id IN "
                        + "(SELECT customer_id FROM address_customer WHERE address = :a) ORDER BY created_at, id")
                .bind("a", address).map(OrderDao::map).list();
    }

    public static List<Order> payableForCustomer(Handle h, String customerId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM orders WHERE status IN ('New', 'Unclaimed') AND customer_id = :c "
                        + "ORDER BY created_at, id")
                .bind("c", customerId).map(OrderDao::map).list();
    }

    /**
     * Orders in the status whose updated_at is before the cutoff: the expiry candidates. Orders with their own deadline
     * are left out ({@link OrderDeadlines#pastDue}).
     */
    public static List<Order> staleInStatus(Handle h, OrderStatus status, Instant cutoff) {
        return h.createQuery("SELECT " + COLUMNS + " FROM orders WHERE status = :s AND updated_at < :cutoff "
                        + "AND order_id NOT IN (SELECT order_id FROM order_deadlines) ORDER BY id")
                .bind("s", status.name()).bind("cutoff", Timestamps.format(cutoff)).map(OrderDao::map).list();
    }

    /** Moves an order to a status only if it is still in the expected one; false when someone else moved it first. */
    public static boolean compareAndSetStatus(Handle h, String orderId, OrderStatus expected, OrderStatus next, Instant now) {
        return h.createUpdate("UPDATE orders SET status = :next, updated_at = :now WHERE order_id = :id AND status = :expected")
                .bind("next", next.name()).bind("now", Timestamps.format(now)).bind("id", orderId)
                .bind("expected", expected.name()).execute() == 1;
    }

    public static void setField(Handle h, String orderId, String column, Object value, Instant now) {
        if (!List.of("memo", "total_price", "customer_id").contains(column)) {
            throw new IllegalArgumentException("not an editable order column: " + column);
        }
        h.createUpdate("UPDATE orders SET " + column + " = :v, updated_at = :now WHERE order_id = :id")
                .bind("v", value).bind("now", Timestamps.format(now)).bind("id", orderId).execute();
    }

    /**
     * Search by any combination of filters; every filter is optional. The rows are handed to {@code reader} as they
     * are read, a batch at a time, so an unfiltered search of a big store never holds every order at once. On
     * PostgreSQL that needs the caller's transaction (its driver only fetches in batches outside auto-commit).
     */
    public static <R> R search(Handle h, OrderQuery q, Function<Stream<Order>, R> reader) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM orders WHERE 1 = 1");
        q.orderId().ifPresent(v -> sql.append(" AND order_id = :order_id"));
        q.altId().ifPresent(v -> sql.append(" AND alt_id = :alt_id"));
        q.customerId().ifPresent(v -> sql.append(" AND customer_id = :customer_id"));
        q.memoContains().ifPresent(v -> sql.append(" AND memo LIKE :memo ESCAPE '\\'"));
        q.currency().ifPresent(v -> sql.append(" AND currency = :currency"));
        q.since().ifPresent(v -> sql.append(" AND created_at >= :since"));
        q.until().ifPresent(v -> sql.append(" AND created_at <= :until"));
        if (!q.statuses().isEmpty()) {
            sql.append(" AND status IN (<statuses>)");
        }
        sql.append(" ORDER BY created_at, id");
        var query = h.createQuery(sql.toString());
        q.orderId().ifPresent(v -> query.bind("order_id", v));
        q.altId().ifPresent(v -> query.bind("alt_id", v));
        q.customerId().ifPresent(v -> query.bind("customer_id", v));
        q.memoContains().ifPresent(v -> query.bind("memo", "%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
        q.currency().ifPresent(v -> query.bind("currency", v));
        q.since().ifPresent(v -> query.bind("since", Timestamps.format(v)));
        q.until().ifPresent(v -> query.bind("until", Timestamps.format(v)));
        if (!q.statuses().isEmpty()) {
            query.bindList("statuses", q.statuses().stream().map(Enum::name).toList());
        }
        return query.setFetchSize(SEARCH_BATCH).map(OrderDao::map).withStream(reader::apply);
    }

    /** New orders' totals per customer: who owes the shop (creditors). */
    public static List<CustomerOrders> creditors(Handle h) {
        return h.createQuery("SELECT customer_id, SUM(total_price) AS total FROM orders WHERE status = 'New' "
                        + "GROUP BY customer_id HAVING SUM(total_price) > 0 ORDER BY customer_id")
                .map((rs, ctx) -> new CustomerOrders(rs.getString("customer_id"), OrderStatus.New,
                        MicroTari.of(rs.getLong("total"))))
                .list();
    }

    /** How many orders each status has (status name → count); statuses without orders are left out. */
    public static List<java.util.Map.Entry<String, Long>> countByStatus(Handle h) {
        return h.createQuery("SELECT status, COUNT(*) AS n FROM orders GROUP BY status")
                .map((rs, ctx) -> java.util.Map.entry(rs.getString("status"), rs.getLong("n"))).list();
    }

    static Order map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Order(rs.getLong("id"), rs.getString("order_id"), rs.getString("alt_id"), rs.getString("customer_id"),
                rs.getString("memo"), MicroTari.of(rs.getLong("total_price")), rs.getString("original_price"),
                rs.getString("currency"), Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("updated_at")), OrderStatus.valueOf(rs.getString("status")),
                rs.getString("amount_outstanding"));
    }
}
