package com.tari.tps.taritools.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.amount.AmountParser;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.taritools.client.TpsClient;
import com.tari.tps.taritools.display.Formats;
import com.tari.tps.taritools.display.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Payment links ({@code /api/payment_forms}): create one, list them, expire one so it makes no more orders. */
final class PaymentLinkActions {
    private static final Pattern FIAT = Pattern.compile("^([0-9]+(?:\\.[0-9]{1,2})?)\\s*([A-Za-z]{3})$");
    private static final Pattern DURATION = Pattern.compile("^([0-9]+)\\s*([smhd])$");

    private final Session session;
    private final Ui ui;

    PaymentLinkActions(Session session, Ui ui) {
        this.session = session;
        this.ui = ui;
    }

    void install(Map<String, Action> actions) {
        actions.put("Create payment link", this::create);
        actions.put("List payment links", () -> table(session.get("api/payment_forms")));
        actions.put("Expire payment link", this::expire);
    }

    private String create() {
        Map<String, Object> form = new LinkedHashMap<>();
        String[] title = {""};
        String[] price = {""};
        String[] expiry = {""};
        JsonNode made = new Wizard()
                .step(() -> title[0] = ui.ask("Title (what the buyer sees; empty: the buyer writes one)", false, title[0], s -> s))
                .step(() -> price[0] = ui.ask("Price: Tari (" + AmountParser.EXAMPLES + ") or fiat (e.g. 12.50 USD); empty: the buyer chooses",
                        false, price[0], s -> {
                            price(s, new LinkedHashMap<>());
                            return s;
                        }))
                .step(() -> expiry[0] = ui.ask("Orders stay payable for (e.g. 30m, 2h, 1d; empty: the server's timeouts)", false, expiry[0],
                        s -> {
                            seconds(s);
                            return s;
                        }))
                .submit(ui, () -> {
                    form.clear();
                    if (!title[0].isEmpty()) {
                        form.put("title", title[0]);
                    }
                    price(price[0], form);
                    Long seconds = seconds(expiry[0]);
                    if (seconds != null) {
                        form.put("expiry_seconds", seconds);
                    }
                    return session.send("POST", "api/payment_forms", form);
                });
        return "Payment link created: " + session.client().baseUrl() + "pay/" + TpsClient.segment(made.path("form_id").asText()) + "\n\n"
                + table(List.of(made));
    }

    private String expire() {
        List<String> open = new ArrayList<>();
        session.get("api/payment_forms").forEach(f -> {
            if (f.path("enabled").asBoolean()) {
                open.add(f.path("form_id").asText() + "  " + f.path("title").asText(""));
            }
        });
        if (open.isEmpty()) {
            return "No payment link is open";
        }
        String chosen = ui.choose("Payment link to expire", open);
        String id = chosen.substring(0, chosen.indexOf(' '));
        if (!ui.confirm("Expire link " + id + "? It makes no more orders; orders made from it stay.")) {
            throw new Cancelled();
        }
        session.send("POST", "api/payment_forms/" + TpsClient.segment(id) + "/disable", null);
        return "Payment link " + id + " expired";
    }

    /** Puts the typed price into the form: Tari as µT, fiat as amount and currency. Empty: nothing. */
    private static void price(String text, Map<String, Object> form) {
        if (text.isEmpty()) {
            return;
        }
        Matcher fiat = FIAT.matcher(text.trim());
        if (fiat.matches() && !fiat.group(2).equalsIgnoreCase("XTR")) {
            form.put("fiat_amount", fiat.group(1));
            form.put("currency", fiat.group(2).toUpperCase(Locale.ROOT));
            return;
        }
        MicroTari amount = AdminActions.tari(text);
        form.put("amount", amount.value());
    }

    private static Long seconds(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 30m, 2h or 1d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> n;
            case "m" -> Duration.ofMinutes(n).toSeconds();
            case "h" -> Duration.ofHours(n).toSeconds();
            default -> Duration.ofDays(n).toSeconds();
        };
    }

    private static String table(Iterable<JsonNode> forms) {
        Table table = new Table("Link id", "Title", "Price", "Payable for", "Open", "Created");
        for (JsonNode f : forms) {
            String price = f.hasNonNull("amount") ? Formats.tari(f.get("amount"))
                    : f.hasNonNull("fiat_amount") ? f.get("fiat_amount").asText() + " " + f.path("currency").asText() : "buyer chooses";
            String payable = f.hasNonNull("expiry_seconds") ? Duration.ofSeconds(f.get("expiry_seconds").asLong()).toString()
                    .substring(2).toLowerCase(Locale.ROOT) : "server default";
            table.row(f.path("form_id").asText(), f.path("title").asText(""), price, payable,
                    f.path("enabled").asBoolean() ? "yes" : "expired " + Formats.time(f.get("disabled_at")), Formats.time(f.get("created_at")));
        }
        return table.isEmpty() ? "No payment links yet\n" : table.toString();
    }

    private static String table(JsonNode forms) {
        List<JsonNode> all = new ArrayList<>();
        forms.forEach(all::add);
        return table(all);
    }
}
