package com.tari.tps.taritools.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.taritools.client.TpsClient;
import com.tari.tps.taritools.display.Formats;
import com.tari.tps.taritools.display.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finding orders: every unpaid one (New and Unclaimed), a search by order id, customer, address, status and date
 * range, and the Shopify orders kept until their currency has an exchange rate. Results come a page at a time.
 */
final class OrderBrowser {
    static final int PAGE = 20;
    private static final List<String> STATUSES = List.of("Unclaimed", "New", "Paid", "Cancelled", "Expired");

    private final Session session;
    private final Ui ui;

    OrderBrowser(Session session, Ui ui) {
        this.session = session;
        this.ui = ui;
    }

    void install(Map<String, Action> actions) {
        actions.put("Get all unpaid orders", () -> page("Unpaid orders (New and Unclaimed)",
                session.get("api/search/orders?status=New,Unclaimed")));
        actions.put("Search orders", this::search);
        actions.put("Orders awaiting exchange rate", this::awaitingRate);
    }

    /** Shows the orders in pages; what the menu shows afterwards is the count. */
    private String page(String title, JsonNode orders) {
        List<JsonNode> all = new ArrayList<>();
        orders.forEach(all::add);
        List<String> pages = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PAGE) {
            List<JsonNode> slice = all.subList(from, Math.min(all.size(), from + PAGE));
            pages.add(all.size() + " orders, " + (from + 1) + "–" + (from + slice.size()) + " shown\n"
                    + Formats.orders(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(slice)));
        }
        ui.pages(title, pages);
        return all.size() + (all.size() == 1 ? " order" : " orders") + " found";
    }

    private String search() {
        String[] orderId = {""};
        String[] customer = {""};
        String[] address = {""};
        List<List<String>> statuses = new ArrayList<>(List.of(List.of()));
        String[] since = {""};
        String[] until = {""};
        new Wizard()
                .step(() -> orderId[0] = ui.ask("Order id (empty: any)", false, orderId[0], s -> s))
                .step(() -> customer[0] = ui.ask("Customer id (empty: any)", false, customer[0], s -> s))
                .step(() -> address[0] = ui.ask("Paid from address (empty: any)", false, address[0],
                        s -> s.isEmpty() ? s : TariAddress.parse(s).toBase58()))
                .step(() -> statuses.set(0, ui.chooseMany("Statuses (none ticked: any)", STATUSES)))
                .step(() -> since[0] = ui.ask("Created from (YYYY-MM-DD or YYYY-MM-DD HH:MM, UTC; empty: any)", false, since[0],
                        s -> s.isEmpty() ? s : day(s, false)))
                .step(() -> until[0] = ui.ask("Created until (YYYY-MM-DD or YYYY-MM-DD HH:MM, UTC; empty: any)", false, until[0],
                        s -> {
                            if (!s.isEmpty() && !since[0].isEmpty() && day(s, true).compareTo(since[0]) < 0) {
                                throw new IllegalArgumentException("the end is before the start (" + since[0] + ")");
                            }
                            return s.isEmpty() ? s : day(s, true);
                        }))
                .run();
        StringBuilder query = new StringBuilder("api/search/orders");
        param(query, "order_id", orderId[0]);
        param(query, "customer_id", customer[0]);
        param(query, "status", String.join(",", statuses.get(0)));
        param(query, "since", since[0]);
        param(query, "until", until[0]);
        JsonNode found = session.get(query.toString());
        if (!address[0].isEmpty()) {
            // The search route has no address filter: keep the orders of the customers that address paid for.
            Set<String> ofAddress = new HashSet<>();
            session.get("api/orders/" + address[0]).path("orders").forEach(o -> ofAddress.add(o.path("order_id").asText()));
            var kept = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
            found.forEach(o -> {
                if (ofAddress.contains(o.path("order_id").asText())) {
                    kept.add(o);
                }
            });
            found = kept;
        }
        return page("Orders found", found);
    }

    private String awaitingRate() {
        JsonNode waiting = session.get("api/orders_awaiting_rate");
        Table table = new Table("Order id", "Currency", "Received");
        waiting.forEach(w -> table.row(w.path("order_id").asText(), w.path("currency").asText(), Formats.time(w.get("received_at"))));
        return table.isEmpty() ? "No orders are waiting for an exchange rate\n"
                : table + "\nSet a rate for the currency (Set Tari price) and they become orders.\n";
    }

    /** A typed date as RFC 3339: a day alone means its first minute ({@code end}: its last second). */
    static String day(String text, boolean end) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                LocalDate d = LocalDate.parse(t);
                return (end ? d.atTime(23, 59, 59) : d.atStartOfDay()).atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
            LocalDateTime dt = LocalDateTime.parse(t.replace(' ', 'T'));
            return (end ? dt.withSecond(59) : dt).atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a date such as 2026-12-07 or 2026-12-07 14:03");
        }
    }

    private static void param(StringBuilder query, String name, String value) {
        if (!value.isEmpty()) {
            query.append(query.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(TpsClient.segment(value));
        }
    }
}
