package com.tari.tps.taritools.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.taritools.client.TpsClient;
import com.tari.tps.taritools.display.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changing one order: cancel, mark paid, reset, edit the memo, move it to another customer. Each
 * is a {@link Wizard}: a bad field is asked again with the reason, Esc steps back, and when the server refuses the
 * change its reason shows on the first field with everything typed still there.
 */
final class OrderActions {
    private static final String OTHER_CUSTOMER = "Type another customer id";

    private final Session session;
    private final Ui ui;

    OrderActions(Session session, Ui ui) {
        this.session = session;
        this.ui = ui;
    }

    void install(Map<String, Action> actions) {
        actions.put("Cancel Order", () -> annul("api/cancel"));
        actions.put("Mark order as Paid", () -> annul("api/fulfill"));
        actions.put("Reset Order", this::reset);
        actions.put("Edit memo", this::editMemo);
        actions.put("Reassign Order", this::reassign);
    }

    /** Cancel and fulfil take the same two fields. */
    private String annul(String path) {
        session.token();
        String[] orderId = {""};
        String[] reason = {""};
        return new Wizard()
                .step(() -> orderId[0] = ui.ask("Enter order ID", false, orderId[0], FieldRules::orderId))
                .step(() -> reason[0] = ui.ask("Enter reason", false, reason[0], FieldRules::reason))
                .submit(ui, () -> Formats.order(session.send("POST", path, Map.of("order_id", orderId[0], "reason", reason[0]))));
    }

    private String reset() {
        session.token();
        String[] orderId = {""};
        return new Wizard()
                .step(() -> orderId[0] = ui.ask("Enter order ID", false, orderId[0], FieldRules::orderId))
                .submit(ui, () -> Formats.order(session.send("PATCH", "api/reset_order/" + seg(orderId[0]), null).path("new_order")));
    }

    /** The reference opens $EDITOR here; inside a full-screen UI a one-line prompt is dependable everywhere. */
    private String editMemo() {
        session.token();
        String[] orderId = {""};
        JsonNode[] order = {null};
        String[] reason = {""};
        String[] memo = {null};
        return new Wizard()
                .step(() -> {
                    String before = orderId[0];
                    order[0] = ui.ask("Enter order ID", false, orderId[0], text -> existingOrder(text, orderId));
                    if (memo[0] == null || !orderId[0].equals(before)) {
                        memo[0] = order[0].path("memo").asText(""); // a new order: start from its memo
                    }
                })
                .step(() -> reason[0] = ui.ask("Enter reason", false, reason[0], FieldRules::reason))
                .step(() -> memo[0] = ui.ask("Enter new memo (was: " + order[0].path("memo").asText("no memo") + ")", false, memo[0],
                        FieldRules::memo))
                .submit(ui, () -> Formats.order(session.send("PATCH", "api/order_memo",
                        Map.of("order_id", orderId[0], "new_memo", memo[0], "reason", reason[0]))));
    }

    private String reassign() {
        session.token();
        String[] orderId = {""};
        JsonNode[] order = {null};
        String[] reason = {""};
        String[] customer = {""};
        return new Wizard()
                .step(() -> order[0] = ui.ask("Enter order ID", false, orderId[0], text -> existingOrder(text, orderId)))
                .step(() -> reason[0] = ui.ask("Enter reason", false, reason[0], FieldRules::reason))
                .step(() -> ui.preview("You're about to re-assign this order", Formats.order(order[0])))
                .step(() -> customer[0] = newCustomer(order[0].path("customer_id").asText(), customer[0]))
                .submit(ui, () -> summary(orderId[0], session.send("PATCH", "api/reassign_order",
                        Map.of("order_id", orderId[0], "new_customer_id", customer[0], "reason", reason[0]))));
    }

    /**
     * A known customer id from the list, or one typed (a customer with no orders yet); never the order's own
     * customer, which the server would refuse as a no-op.
     */
    private String newCustomer(String current, String earlier) {
        List<String> choices = new ArrayList<>(session.customerIds());
        choices.remove(current);
        choices.add(OTHER_CUSTOMER);
        String typed = choices.contains(earlier) ? "" : earlier;
        while (true) {
            String chosen = ui.choose("Select new customer ID", choices, typed.isEmpty() ? earlier : OTHER_CUSTOMER);
            if (!chosen.equals(OTHER_CUSTOMER)) {
                return chosen;
            }
            try {
                return ui.ask("New customer ID", false, typed, text -> {
                    String id = FieldRules.customerId(text);
                    if (id.equals(current)) {
                        throw new IllegalArgumentException("the order already belongs to customer " + current);
                    }
                    return id;
                });
            } catch (Cancelled e) {
                // Esc on the typed id: back to the list
            }
        }
    }

    private static String summary(String orderId, JsonNode result) {
        JsonNode oldOrder = result.path("orders").path("old_order");
        JsonNode newOrder = result.path("orders").path("new_order");
        long settled = 0;
        for (JsonNode s : result.path("settlements")) {
            settled += s.path("amount").asLong();
        }
        return "# Order " + orderId + " reassignment summary\n**Customer id** changed from " + oldOrder.path("customer_id").asText()
                + " to " + newOrder.path("customer_id").asText() + "\n"
                + (settled > 0 && settled >= newOrder.path("total_price").asLong()
                ? "The new account had sufficient credit to cover the order and it has been marked as PAID\n" : "")
                + "\n## Old order\n" + Formats.order(oldOrder) + "## New order\n" + Formats.order(newOrder);
    }

    /**
     * The order of a typed id of the right shape, which is kept in {@code id}; refused when the server knows no such
     * order. The lookup needs read_all, as the reference's did.
     */
    private JsonNode existingOrder(String text, String[] id) {
        String orderId = FieldRules.orderId(text);
        JsonNode order = session.get("api/order/id/" + seg(orderId));
        if (order == null || order.isNull()) {
            throw new IllegalArgumentException("no order has id '" + orderId + "'");
        }
        id[0] = orderId;
        return order;
    }

    private static String seg(String value) {
        return TpsClient.segment(value);
    }
}
