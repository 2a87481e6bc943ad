package com.tari.tps.taritools.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.AmountParser;
import com.tari.tps.common.amount.AmountFormat;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.taritools.client.TpsException;
import com.tari.tps.taritools.display.Table;
import com.tari.tps.taritools.client.TpsClient;
import com.tari.tps.taritools.display.Formats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Admin menu's actions: each prompts, calls the server with the session's token, formats. */
final class AdminActions {
    private final Session session;
    private final Ui ui;

    AdminActions(Session session, Ui ui) {
        this.session = session;
        this.ui = ui;
    }

    Map<String, Action> all() {
        Map<String, Action> actions = new LinkedHashMap<>();
        actions.put("Fetch Tari price", this::fetchPrice);
        actions.put("Set Tari price", this::setPrice);
        actions.put("Issue Credit", this::issueCredit);
        actions.put("Order by Id", this::orderById);
        actions.put("Balance for Address", () -> Formats.addressBalance(session.get("api/balance/" + address()), ui.look()));
        actions.put("Orders for Address", () -> Formats.orderResult(session.get("api/orders/" + address())));
        actions.put("Fetch Payments for Order", () -> Formats.payments(session.get("api/payments-for-order/" + seg(orderId()))));
        actions.put("Payments for Address", () -> Formats.paymentsResult(session.get("api/payments/" + address())));
        actions.put("History for Address", () -> Formats.addressHistory(session.get("api/history/address/" + address()), ui.look()));
        actions.put("History for Customer Id", () -> Formats.customerHistory(session.get("api/history/customer/" + seg(customer())), ui.look()));
        actions.put("Re-import Open Orders", this::reimport);
        actions.put("Settle customer account", () -> Formats.settlementReport(session.send("POST", "api/settle/customer/" + seg(customer()), null)));
        actions.put("Settle address payments", () -> Formats.settlementReport(session.send("POST", "api/settle/address/" + address(), null)));
        actions.put("Add authorized wallet", this::addWallet);
        actions.put("Remove authorized wallets", this::removeWallet);
        actions.put("List authorized wallets", () -> Formats.wallets(session.get("api/wallets"), ui.look()));
        actions.put("Undelivered Shopify callbacks", () -> Formats.callbacks(session.get("api/callbacks")));
        actions.put("Retry Shopify callback", this::retryCallback);
        new OrderActions(session, ui).install(actions);
        new OrderBrowser(session, ui).install(actions);
        new RoleActions(session, ui).install(actions);
        new PaymentLinkActions(session, ui).install(actions);
        return actions;
    }

    /** After the merchant fixed what made a callback fail (a token, a deleted order restored), send it again now. */
    private String retryCallback() {
        String id = ui.ask("Enter callback id (from Undelivered Shopify callbacks)", false, "", FieldRules::callbackId);
        session.send("POST", "api/callbacks/" + seg(id) + "/retry", null);
        return "Callback " + id + " will be sent again within seconds.";
    }

    /** The rate of every currency in use: orders', payment links', waiting orders', and USD. */
    private String fetchPrice() {
        Table table = new Table("Currency", "1 unit costs", "Last update");
        for (String currency : currenciesInUse()) {
            try {
                JsonNode rate = session.get("api/exchange_rate/" + seg(currency));
                table.row(currency, Formats.tariAndMicro(rate.path("rate")), Formats.time(rate.get("updated_at")));
            } catch (TpsException e) {
                if (e.status() != 404) {
                    throw e;
                }
                table.row(currency, "no rate set", "");
            }
        }
        return table.toString();
    }

    private java.util.Set<String> currenciesInUse() {
        java.util.Set<String> currencies = new java.util.TreeSet<>();
        currencies.add("USD");
        session.get("api/search/orders").forEach(o -> currencies.add(o.path("currency").asText()));
        session.get("api/orders_awaiting_rate").forEach(o -> currencies.add(o.path("currency").asText()));
        session.get("api/payment_forms").forEach(f -> currencies.add(f.path("currency").asText("")));
        currencies.removeIf(c -> c.isBlank() || c.equalsIgnoreCase("XTR"));
        return currencies;
    }

    private String setPrice() {
        List<String> choices = new java.util.ArrayList<>(currenciesInUse());
        choices.add("Other currency");
        String[] currency = {""};
        MicroTari[] rate = {null};
        new Wizard()
                .step(() -> {
                    currency[0] = ui.choose("Currency to price", choices);
                    if (currency[0].equals("Other currency")) {
                        currency[0] = ui.ask("Currency code (3 letters, e.g. EUR)", false, "", s -> {
                            if (!s.matches("[A-Za-z]{3}")) {
                                throw new IllegalArgumentException("a currency code is 3 letters");
                            }
                            return s.toUpperCase(java.util.Locale.ROOT);
                        });
                    }
                })
                .step(() -> rate[0] = ui.ask("Enter Tari price per " + currency[0] + " (" + AmountParser.EXAMPLES + ")", false,
                        rate[0] == null ? "" : rate[0].toTari().toPlainString() + "T", AdminActions::tari))
                .step(() -> {
                    if (!ui.confirm("Confirm 1 " + currency[0] + " = " + AmountFormat.both(rate[0]) + "?")) {
                        throw new Cancelled();
                    }
                })
                .submit(ui, () -> {
                    session.token();
                    return ui.busy("Updating prices (this could take a few minutes)...",
                            () -> session.send("POST", "api/exchange_rate", Map.of("currency", currency[0], "rate", rate[0].value())));
                });
        return "Tari price set successfully: 1 " + currency[0] + " = " + AmountFormat.tari(rate[0]);
    }

    private String issueCredit() {
        String[] customer = {""};
        MicroTari[] amount = {null};
        String[] reason = {""};
        return new Wizard()
                .step(() -> customer[0] = ui.choose("Select customer ID", session.customerIds(), customer[0]))
                .step(() -> amount[0] = ui.ask("Enter amount (" + AmountParser.EXAMPLES + "):", false,
                        amount[0] == null ? "" : amount[0].toTari().toPlainString() + "T", AdminActions::tari))
                .step(() -> {
                    if (!ui.confirm("Confirm credit of " + AmountFormat.tari(amount[0]) + " to " + customer[0] + "?")) {
                        throw new Cancelled();
                    }
                })
                .step(() -> reason[0] = ui.ask("Enter reason", false, reason[0], FieldRules::reason))
                .submit(ui, () -> credit(customer[0], amount[0], reason[0]));
    }

    private String credit(String customer, MicroTari amount, String reason) {
        JsonNode result = session.send("POST", "api/credit", Map.of("customer_id", customer, "amount", amount.value(), "reason", reason));
        JsonNode paid = result.path("orders_paid");
        return paid.isEmpty() ? "Credit issued successfully"
                : "Credit issued successfully.\nThe following " + paid.size() + " orders have been paid as a result:\n" + Formats.orders(paid);
    }

    private String orderById() {
        JsonNode order = session.get("api/order/id/" + seg(orderId()));
        return order == null || order.isNull() ? "Order does not exist" : Formats.order(order);
    }

    String reimport() {
        session.token();
        JsonNode results = ui.busy("Re-importing open orders from Shopify (this could take a few minutes)...",
                () -> session.send("POST", "api/rescan_open_orders", null));
        StringBuilder out = new StringBuilder();
        results.forEach(r -> out.append(r.path("success").asBoolean()).append(": ").append(r.path("message").asText()).append('\n'));
        return out.length() == 0 ? "No open orders in Shopify" : out.toString();
    }

    private String addWallet() {
        TariAddress[] address = {null};
        String[] ip = {""};
        return new Wizard()
                .step(() -> address[0] = ui.ask("Tari address for new payment wallet:", false,
                        address[0] == null ? "" : address[0].toBase58(), TariAddress::parse))
                .step(() -> ip[0] = ui.ask("IP address for new payment wallet:", false, ip[0], AdminActions::ipLiteral))
                .submit(ui, () -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("address", address[0].toBase58());
                    body.put("ip_address", ip[0]);
                    body.put("initial_nonce", null);
                    session.send("POST", "api/wallets", body);
                    return "New wallet has been added successfully";
                });
    }

    /** An IPv4 or IPv6 literal, checked without a DNS lookup. */
    static String ipLiteral(String text) {
        boolean v4 = text.matches("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
        boolean v6 = text.contains(":") && text.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 or IPv6 address such as 203.0.113.7");
        }
        return text;
    }

    private String removeWallet() {
        JsonNode wallets = session.get("api/wallets");
        List<String> labels = new java.util.ArrayList<>();
        wallets.forEach(w -> labels.add(Formats.address(TariAddress.parse(w.path("address").asText()), ui.look())));
        if (labels.isEmpty()) {
            return "No authorized wallets";
        }
        String chosen = ui.choose("Select wallet to remove", labels);
        int space = chosen.indexOf(' ');
        TariAddress address = TariAddress.parse(space < 0 ? chosen : chosen.substring(0, space));
        session.send("DELETE", "api/wallets/" + address.toBase58(), null);
        return "Wallet " + Formats.address(address, ui.look()) + " has been removed successfully";
    }

    private String address() {
        return TariAddress.parse(ui.choose("Select address", session.addresses())).toBase58();
    }

    private String orderId() {
        return ui.ask("Enter order ID", false, "", FieldRules::orderId);
    }

    private String customer() {
        return ui.choose("Select customer ID", session.customerIds());
    }

    /** The same amount rule as the command line: a number with its unit, and here more than zero. */
    static MicroTari tari(String text) {
        MicroTari amount = AmountParser.parse(text);
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("The amount must be more than zero");
        }
        return amount;
    }

    private static String seg(String value) {
        return TpsClient.segment(value);
    }
}
