package com.tari.tps.server.checkout;

import com.tari.tps.common.amount.AmountFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosted checkout page of one order. The server renders the whole page for the order's current
 * {@link CheckoutStage}, so it reads right without JavaScript; with it, the page follows the order live over the
 * WebSocket {@code /ws} (reconnecting with back-off until the order is final) and moves between stages without a
 * reload, announcing each change in an {@code aria-live} region. One self-contained HTML document
 * ({@code checkout.html}): inline CSS, JS and SVG, no request to any other host, every value HTML-escaped.
 * Amounts read {@code 1.250000 XTR} everywhere.
 */
public final class CheckoutPage {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final String TEMPLATE = load("/checkout.html");

    private CheckoutPage() {}

    public static String render(OrderStatusView order) {
        CheckoutStage stage = order.stage();
        boolean open = !stage.isFinal();
        String name = order.orderName();
        Map<String, String> values = new HashMap<>();
        values.put("title", Html.escape(title(stage, name)));
        values.put("heading", Html.escape(heading(stage, name)));
        values.put("order_id", Html.escape(order.orderId()));
        values.put("order_name", Html.escape(name));
        values.put("status", Html.escape(order.status().name()));
        values.put("stage", stage.wireName());
        values.put("stage_label", Html.escape(label(stage)));
        values.put("total", AmountFormat.tari(order.totalPrice()));
        values.put("received", AmountFormat.tari(order.amountReceived()));
        values.put("pending", AmountFormat.tari(order.amountPending()));
        values.put("amount_due", AmountFormat.tari(order.amountDue()));
        values.put("progress_hidden", hidden(!(open && order.amountReceived().isPositive())));
        values.put("pending_hidden", hidden(!order.amountPending().isPositive()));
        values.put("pay_hidden", hidden(!open));
        values.put("deadline", order.expiresAt() == null ? "" : order.expiresAt().toString());
        values.put("deadline_text", shown(order.expiresAt()));
        values.put("deadline_hidden", hidden(order.expiresAt() == null));
        values.put("qr", order.qrPayload() == null ? "<p>No payment address configured.</p>" : QrCodes.svg(order.qrPayload()));
        values.put("qr_payload", Html.escape(order.qrPayload() == null ? "" : order.qrPayload()));
        values.put("pay_to", Html.escape(order.payTo() == null ? "not configured" : order.payTo()));
        values.put("steps", steps(order));
        values.put("paid_hidden", hidden(stage != CheckoutStage.PAID));
        values.put("expired_hidden", hidden(stage != CheckoutStage.EXPIRED));
        values.put("cancelled_hidden", hidden(stage != CheckoutStage.CANCELLED));
        values.put("closed_at", order.closedAt() == null ? "" : order.closedAt().toString());
        values.put("closed_at_text", shown(order.closedAt()));
        values.put("txids", txids(order));
        values.put("txids_plural", order.txids().size() > 1 ? "s" : "");
        values.put("txids_hidden", hidden(order.txids().isEmpty()));
        values.put("credit_hidden", hidden(!order.txids().isEmpty()));
        values.put("announcement", Html.escape(announcement(order)));
        return fill(values);
    }

    /** The document title: says what the page is for in the tab list and in a screen reader's first words. */
    static String title(CheckoutStage stage, String name) {
        return switch (stage) {
            case PAID -> "Paid: order " + name;
            case EXPIRED -> "Expired: order " + name;
            case CANCELLED -> "Cancelled: order " + name;
            default -> "Pay order " + name + " with Tari";
        };
    }

    static String heading(CheckoutStage stage, String name) {
        return switch (stage) {
            case PAID -> "Order " + name + " is paid";
            case EXPIRED -> "Order " + name + " has expired";
            case CANCELLED -> "Order " + name + " was cancelled";
            default -> "Pay order " + name;
        };
    }

    static String label(CheckoutStage stage) {
        return switch (stage) {
            case AWAITING_PAYMENT -> "Awaiting payment";
            case CONFIRMING -> "Waiting for confirmation";
            case PARTIALLY_PAID -> "Partly paid";
            case PAID -> "Paid";
            case EXPIRED -> "Expired";
            case CANCELLED -> "Cancelled";
        };
    }

    /** The sentence the live region holds; the page's script words each stage the same way. */
    static String announcement(OrderStatusView order) {
        String name = order.orderName();
        return switch (order.stage()) {
            case PAID -> "Order " + name + " is paid. Thank you.";
            case EXPIRED -> "Order " + name + " has expired. Please do not send a payment for it.";
            case CANCELLED -> "Order " + name + " was cancelled. Please do not send a payment for it.";
            case CONFIRMING -> "Payment of " + AmountFormat.tari(order.amountPending()) + " seen, waiting for confirmation. "
                    + (order.amountDue().isPositive() ? AmountFormat.tari(order.amountDue()) + " still due." : "Nothing more to send.");
            case PARTIALLY_PAID -> "Received " + AmountFormat.tari(order.amountReceived()) + ". "
                    + AmountFormat.tari(order.amountDue()) + " still due.";
            case AWAITING_PAYMENT -> "Awaiting payment of " + AmountFormat.tari(order.amountDue()) + ".";
        };
    }

    /** The claim steps; the amount due in them is marked so the script can keep it current. */
    private static String steps(OrderStatusView order) {
        String due = AmountFormat.tari(order.amountDue());
        StringBuilder steps = new StringBuilder();
        for (String step : ClaimInstructions.of(order)) {
            steps.append("<li>").append(Html.escape(step).replace(due, "<span class=\"due-text\">" + due + "</span>"))
                    .append("</li>");
        }
        return steps.toString();
    }

    private static String txids(OrderStatusView order) {
        StringBuilder list = new StringBuilder();
        for (String txid : order.txids()) {
            list.append("<li>").append(Html.escape(txid)).append("</li>");
        }
        return list.toString();
    }

    private static String hidden(boolean hide) {
        return hide ? " hidden" : "";
    }

    private static String shown(Instant at) {
        return at == null ? "" : com.tari.tps.common.time.DisplayTime.of(at);
    }

    /** One pass over the template, so a value that looks like a placeholder is never expanded. */
    private static String fill(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(TEMPLATE);
        StringBuilder html = new StringBuilder(TEMPLATE.length() + 8192);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for placeholder " + m.group(1));
            }
            m.appendReplacement(html, Matcher.quoteReplacement(value));
        }
        m.appendTail(html);
        return html.toString();
    }

    private static String load(String resource) {
        try (InputStream in = CheckoutPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
