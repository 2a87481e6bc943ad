package com.tari.tps.server.paylinks;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.db.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for payment links and the orders made from them. Every method runs on the caller's handle. */
final class PaymentFormDao {
    private static final String COLUMNS = "form_id, title, description, amount, fiat_amount, currency, expiry_seconds, "
            + "created_by, created_at, disabled_at";

    private PaymentFormDao() {}

    static void insert(Handle h, PaymentForm form) {
        h.createUpdate("INSERT INTO payment_forms (" + COLUMNS + ") VALUES (:form_id, :title, :description, :amount, "
                        + ":fiat_amount, :currency, :expiry_seconds, :created_by, :created_at, NULL)")
                .bind("form_id", form.formId())
                .bind("title", form.title())
                .bind("description", form.description())
                .bind("amount", form.amount() == null ? null : form.amount().value())
                .bind("fiat_amount", form.fiatAmount())
                .bind("currency", form.currency())
                .bind("expiry_seconds", form.expirySeconds())
                .bind("created_by", form.createdBy())
                .bind("created_at", Timestamps.format(form.createdAt()))
                .execute();
    }

    static Optional<PaymentForm> byFormId(Handle h, String formId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM payment_forms WHERE form_id = :f").bind("f", formId)
                .map(PaymentFormDao::map).findOne();
    }

    static List<PaymentForm> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM payment_forms ORDER BY id").map(PaymentFormDao::map).list();
    }

    /** Sets disabled_at once; false when the form was already disabled. */
    static boolean disable(Handle h, String formId, Instant now) {
        return h.createUpdate("UPDATE payment_forms SET disabled_at = :now WHERE form_id = :f AND disabled_at IS NULL")
                .bind("now", Timestamps.format(now)).bind("f", formId).execute() == 1;
    }

    static void linkOrder(Handle h, String orderId, String formId, String externalId, Instant now) {
        h.createUpdate("INSERT INTO payment_form_orders (order_id, form_id, external_id, created_at) "
                        + "VALUES (:o, :f, :e, :now)")
                .bind("o", orderId).bind("f", formId).bind("e", externalId).bind("now", Timestamps.format(now)).execute();
    }

    static Optional<String> orderIdOfExternal(Handle h, String externalId) {
        return h.createQuery("SELECT order_id FROM payment_form_orders WHERE external_id = :e").bind("e", externalId)
                .mapTo(String.class).findOne();
    }

    private static PaymentForm map(ResultSet rs, StatementContext ctx) throws SQLException {
        long amount = rs.getLong("amount");
        MicroTari microTari = rs.wasNull() ? null : MicroTari.of(amount);
        long expiry = rs.getLong("expiry_seconds");
        Long expirySeconds = rs.wasNull() ? null : expiry;
        String disabled = rs.getString("disabled_at");
        return new PaymentForm(rs.getString("form_id"), rs.getString("title"), rs.getString("description"), microTari,
                rs.getString("fiat_amount"), rs.getString("currency"), expirySeconds, rs.getString("created_by"),
                Timestamps.parse(rs.getString("created_at")), disabled == null ? null : Timestamps.parse(disabled));
    }
}
