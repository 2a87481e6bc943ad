package com.tari.tps.taritools.display;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.address.PaymentRequest;
import com.tari.tps.common.amount.AmountFormat;
import com.tari.tps.common.time.DisplayTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The console layouts of menus and commands, from the server's JSON. */
public final class Formats {
    private static final String RULE = "-".repeat(77);
    private static final String DOUBLE_RULE = "=".repeat(79);

    private Formats() {}

    /** µT (a JSON integer) in the one amount format of menus and commands: {@code 1.250000 XTR}. */
    public static String tari(JsonNode microTari) {
        return AmountFormat.tari(MicroTari.of(microTari.asLong()));
    }

    /** The same with the exact µT count, where it matters (a single order, a balance, a rate). */
    public static String tariAndMicro(JsonNode microTari) {
        return AmountFormat.both(MicroTari.of(microTari.asLong()));
    }

    /** RFC 3339 (with {@code Z} or an offset) → {@code 2026-12-07 14:03 UTC}; empty for a missing value. */
    public static String time(JsonNode rfc3339) {
        if (rfc3339 == null || rfc3339.isNull() || rfc3339.asText().isBlank()) {
            return "";
        }
        return DisplayTime.of(OffsetDateTime.parse(rfc3339.asText()).toInstant());
    }

    /**
     * An address as people read it: always base58 (what can be copied and typed anywhere), and its emoji id after it
     * when the look shows emoji.
     */
    public static String address(TariAddress address, Look look) {
        return look.emoji() ? address.toBase58() + " (" + address.toEmoji() + ")" : address.toBase58();
    }

    /** The same for an address from JSON; text that is not an address is shown as it came. */
    public static String address(JsonNode address, Look look) {
        try {
            return address(TariAddress.parse(address.asText()), look);
        } catch (IllegalArgumentException e) {
            return address.asText();
        }
    }

    public static String order(JsonNode o) {
        String alt = o.hasNonNull("alt_id") ? "(" + o.get("alt_id").asText() + ")" : "";
        return "Order id: " + pad(o.path("order_id").asText(), 15) + pad(alt, 9) + " Created " + time(o.get("created_at")) + "\n"
                + "Customer id: " + o.path("customer_id").asText() + "\n"
                + "[" + centre(o.path("status").asText(), 15) + "]" + " ".repeat(18) + "Updated " + time(o.get("updated_at")) + "\n"
                + RULE + "\n"
                + "Total Price:    " + tariAndMicro(o.path("total_price")) + "\n"
                + "Original Price: " + (o.hasNonNull("original_price") ? o.get("original_price").asText() : "Not given") + " "
                + o.path("currency").asText() + "\n"
                + "Memo: " + (o.hasNonNull("memo") && !o.get("memo").asText().isEmpty() ? o.get("memo").asText() : "No memo") + "\n"
                + RULE + "\n\n";
    }

    /** The orders table, memos moved to footnotes so rows stay one line. */
    public static String orders(JsonNode orders) {
        if (orders == null || orders.isEmpty()) {
            return "No open orders\n";
        }
        Table table = new Table("ID", "Order id", "Alt id", "Customer id", "Amount", "Status", "Original price", "Currency", "Memo",
                "Created At", "Updated At");
        List<String> memos = new ArrayList<>();
        for (JsonNode o : orders) {
            String memo = "";
            if (o.hasNonNull("memo") && !o.get("memo").asText().isEmpty()) {
                memos.add(o.get("memo").asText());
                memo = memos.size() + "^";
            }
            table.row(o.path("id").asText(), o.path("order_id").asText(), o.path("alt_id").asText(""), o.path("customer_id").asText(),
                    tari(o.path("total_price")), o.path("status").asText(), o.path("original_price").asText(""),
                    o.path("currency").asText(), memo, time(o.get("created_at")), time(o.get("updated_at")));
        }
        StringBuilder out = new StringBuilder(table.toString());
        if (!memos.isEmpty()) {
            out.append("## Memos\n");
            for (int i = 0; i < memos.size(); i++) {
                out.append('^').append(i + 1).append(": ").append(memos.get(i)).append('\n');
            }
        }
        return out.toString();
    }

    public static String orderResult(JsonNode r) {
        return DOUBLE_RULE + "\nOrders for " + base58(r.path("address")) + "\n"
                + String.format("%4d", r.path("orders").size()) + " orders. Total value: " + tari(r.path("total_orders")) + "\n"
                + DOUBLE_RULE + "\n" + orders(r.path("orders"));
    }

    public static String payments(JsonNode payments) {
        if (payments == null || payments.isEmpty()) {
            return "No payments\n";
        }
        Table table = new Table("TX id", "Amount", "Status", "Sender", "OrderID", "Memo", "Created At", "Updated At");
        for (JsonNode p : payments) {
            String status = p.path("status").asText();
            table.row(p.path("txid").asText(), tari(p.path("amount")), status.isEmpty() ? "" : Character.toUpperCase(status.charAt(0))
                    + status.substring(1), base58(p.path("sender")), p.path("order_id").asText(""), p.path("memo").asText(""),
                    time(p.get("created_at")), time(p.get("updated_at")));
        }
        return table.toString();
    }

    public static String paymentsResult(JsonNode r) {
        return DOUBLE_RULE + "\nPayments for " + base58(r.path("address")) + "\n"
                + String.format("%-4d", r.path("payments").size()) + " payments." + " ".repeat(42) + "Total value: "
                + tari(r.path("total_payments")) + "\n" + DOUBLE_RULE + "\n" + payments(r.path("payments"));
    }

    public static String addressBalance(JsonNode b, Look look) {
        return "Address: " + address(b.path("address"), look) + "\n"
                + "Available: " + tari(b.path("current_balance")) + "\n"
                + "Total received: " + tari(b.path("total_confirmed")) + "\n"
                + "Total spent: " + tari(b.path("total_paid")) + "\n";
    }

    public static String settlements(JsonNode settlements) {
        if (settlements == null || settlements.isEmpty()) {
            return "No settlements\n";
        }
        Table table = new Table("Timestamp", "Order id", "Amount", "Type", "From Address");
        for (JsonNode s : settlements) {
            String type = s.path("settlement_type").asText();
            table.row(time(s.get("created_at")), s.path("order_id").asText(), tari(s.path("amount")),
                    type.isEmpty() ? "" : Character.toUpperCase(type.charAt(0)) + type.substring(1), base58(s.path("payment_address")));
        }
        return table.toString();
    }

    public static String addressHistory(JsonNode h, Look look) {
        return "## History for " + address(h.path("address"), look) + "\n### Balances\n" + addressBalance(h.path("balance"), look)
                + "### Associated orders\n" + orders(h.path("orders")) + "### Payments\n" + payments(h.path("payments"))
                + "### Transactions: \n" + settlements(h.path("settlements"));
    }

    public static String customerHistory(JsonNode h, Look look) {
        JsonNode balance = h.path("balance");
        JsonNode orders = h.path("order_balance");
        StringBuilder out = new StringBuilder("## History for Customer [" + h.path("customer_id").asText() + "]\n### Balances\n")
                .append("Total transfers confirmed: ").append(tari(balance.path("total_confirmed"))).append('\n')
                .append("Total paid: ").append(tari(balance.path("total_paid"))).append('\n')
                .append("Available balance: ").append(tari(balance.path("current_balance"))).append('\n')
                .append("Associated wallet addresses\n");
        balance.path("addresses").forEach(a -> out.append(addressBalance(a, look)));
        return out.append("### Order Balances\n")
                .append("Total current orders: ").append(tari(orders.path("total_current"))).append('\n')
                .append("Total paid orders: ").append(tari(orders.path("total_paid"))).append('\n')
                .append("Total expired orders: ").append(tari(orders.path("total_expired"))).append('\n')
                .append("Total cancelled orders: ").append(tari(orders.path("total_cancelled"))).append('\n')
                .append("### Orders\n").append(Formats.orders(h.path("orders")))
                .append("### Transactions:\n").append(settlements(h.path("settlements"))).toString();
    }

    /** A MultiAccountPayment, or null: nothing was settled. */
    public static String settlementReport(JsonNode r) {
        if (r == null || r.isNull()) {
            return "Nothing to settle\n";
        }
        return "## Settlement report\n### Orders paid\n" + orders(r.path("orders_paid")) + "### Settlements\n" + settlements(r.path("settlements"));
    }

    public static String wallets(JsonNode wallets, Look look) {
        Table table = look.emoji() ? new Table("Address", "Emoji ID", "IP Address", "Last nonce")
                : new Table("Address", "IP Address", "Last nonce");
        for (JsonNode w : wallets) {
            if (look.emoji()) {
                table.row(base58(w.path("address")), emoji(w.path("address")), w.path("ip_address").asText(), w.path("last_nonce").asText());
            } else {
                table.row(base58(w.path("address")), w.path("ip_address").asText(), w.path("last_nonce").asText());
            }
        }
        return table.isEmpty() ? "No authorized wallets\n" : table.toString();
    }

    /** The outbox's unsent callbacks: Failed ones say why, Pending ones when they are tried next. */
    public static String callbacks(JsonNode callbacks) {
        Table table = new Table("Id", "Order", "Kind", "Status", "Attempts", "Next attempt", "Last error");
        for (JsonNode c : callbacks) {
            table.row(c.path("id").asText(), c.path("order_id").asText(), c.path("kind").asText().replace("shopify_", "").replace('_', ' '),
                    c.path("status").asText(), c.path("attempts").asText(),
                    c.path("status").asText().equals("Failed") ? "after a retry" : time(c.path("next_attempt_at")),
                    shorten(c.path("last_error").asText(""), 110));
        }
        return table.isEmpty() ? "Every Shopify callback has been delivered\n" : table.toString();
    }

    /** The start of a long text, where its reason is; the whole of it is in GET /api/callbacks. */
    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Payment addresses with a QR code each. */
    public static String addressesWithQr(JsonNode addresses, Look look) {
        Table table = look.emoji() ? new Table("Address", "Emoji Id", "QR Code") : new Table("Address", "QR Code");
        for (JsonNode a : addresses) {
            TariAddress address = TariAddress.parse(a.asText());
            String qr = QrCode.halfBlocks(PaymentRequest.to(address), look.darkQr());
            if (look.emoji()) {
                table.row(address.toBase58(), address.toEmoji(), qr);
            } else {
                table.row(address.toBase58(), qr);
            }
        }
        return table.isEmpty() ? "No payment addresses\n" : table.toString();
    }

    /** Where a claimed order is paid: the raw address object the server sends, or (older servers) a string. */
    public static TariAddress sendTo(JsonNode claimed) {
        JsonNode node = claimed.path("send_to");
        return node.isTextual() ? TariAddress.parse(node.asText()) : com.tari.tps.common.address.TariAddressSerdeJson.fromNode(node);
    }

    /**
     * A claimed order: what to pay, by when, where, and the QR code of the whole payment request (address, amount and
     * the order's name as memo), the same request the checkout page shows.
     *
     * @param memo the order's name (e.g. {@code #1002}) or, when it has none, its id
     */
    public static String claimedOrder(JsonNode c, String memo, Look look) {
        if (!c.hasNonNull("send_to")) {
            throw new IllegalStateException("Order " + c.path("order_id").asText() + " is claimed, but the server has no payment "
                    + "wallet address to show (TPG_PAYMENT_WALLET_ADDRESS)");
        }
        TariAddress sendTo = sendTo(c);
        return "## Claimed order details\n"
                + "Order id: " + pad(c.path("order_id").asText(), 25) + " Status: " + c.path("status").asText() + "\n"
                + "Amount: " + tariAndMicro(c.path("total_price")) + "\n"
                + "Payment due before: " + time(c.get("expires_at")) + "\n"
                + "Memo: " + memo + "\n"
                + "Send Payment to: " + address(sendTo, look) + "\n"
                + QrCode.halfBlocks(paymentRequest(c, memo), look.darkQr());
    }

    /** What the claimed order's QR code holds. */
    public static String paymentRequest(JsonNode claimed, String memo) {
        return PaymentRequest.forOrder(sendTo(claimed), MicroTari.of(claimed.path("total_price").asLong()), memo);
    }

    public static String shopifyOrders(List<JsonNode> orders) {
        if (orders.isEmpty()) {
            return "No open orders\n";
        }
        Table table = new Table("id", "name", "Customer id", "Total price", "Cur", "Note", "Created At", "Updated At");
        for (JsonNode o : orders) {
            String id = o.path("id").asText();
            String customer = o.path("customer").path("id").asText("");
            table.row(id.substring(id.lastIndexOf('/') + 1), o.path("name").asText(), customer.substring(customer.lastIndexOf('/') + 1),
                    String.format("%11s", o.path("totalPrice").asText()), o.path("currencyCode").asText(), o.path("note").asText(""),
                    o.path("createdAt").asText(), o.path("updatedAt").asText());
        }
        return table.toString();
    }

    private static String base58(JsonNode address) {
        try {
            return TariAddress.parse(address.asText()).toBase58();
        } catch (IllegalArgumentException e) {
            return address.asText();
        }
    }

    private static String emoji(JsonNode address) {
        try {
            return TariAddress.parse(address.asText()).toEmoji();
        } catch (IllegalArgumentException e) {
            return address.asText();
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - Table.width(text)));
    }

    private static String centre(String text, int width) {
        int total = Math.max(0, width - text.length());
        return " ".repeat(total / 2) + text + " ".repeat(total - total / 2);
    }
}
