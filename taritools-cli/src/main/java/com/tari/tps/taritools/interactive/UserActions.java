package com.tari.tps.taritools.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.signatures.MemoSignature;
import com.tari.tps.taritools.client.TpsClient;
import com.tari.tps.taritools.client.TpsException;
import com.tari.tps.taritools.display.Formats;
import com.tari.tps.taritools.display.QrCode;
import com.tari.tps.taritools.profiles.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The User menu's actions: the shopper's own account, and claiming an order with the QR code of where to pay. */
final class UserActions {
    private final Session session;
    private final Ui ui;
    private final Path home;

    UserActions(Session session, Ui ui, Path home) {
        this.session = session;
        this.ui = ui;
        this.home = home;
    }

    Map<String, Action> all() {
        Map<String, Action> actions = new LinkedHashMap<>();
        actions.put("Add profile", () -> new ProfileDialog(ui, session.profiles(), session.env()).run());
        actions.put("Claim Order", this::claim);
        actions.put("My Balance", this::balance);
        actions.put("My Orders", () -> Formats.orderResult(session.get("api/orders")));
        actions.put("My Open Orders", () -> Formats.orderResult(session.get("api/unfulfilled_orders")));
        actions.put("My Payments", () -> Formats.paymentsResult(session.get("api/payments")));
        actions.put("Account History", () -> Formats.addressHistory(session.get("api/history"), ui.look()));
        actions.put("Settle my account", () -> Formats.settlementReport(session.send("POST", "api/settle", null)));
        actions.put("List payment addresses", () -> Formats.addressesWithQr(server().call("GET", "wallet/send_to", null, null), ui.look()));
        actions.put("Server health", () -> server().text("health"));
        return actions;
    }

    /** Signs the claim locally with the profile's key; the claim route itself needs no login. */
    private String claim() {
        Profile profile = session.profile();
        String orderId = ui.ask("Enter order ID", false, "", FieldRules::orderId);
        MemoSignature claim = MemoSignature.create(profile.address(), orderId, profile.secret(session.env()));
        JsonNode claimed;
        try {
            claimed = session.client().call("POST", "order/claim", claim.toJson(), null);
        } catch (TpsException e) {
            throw new TpsException(e.status(), "Error claiming order: " + e.getMessage());
        }
        String memo = orderName(orderId);
        while (true) {
            String details = Formats.claimedOrder(claimed, memo, ui.look());
            ui.text("Claim Order", details);
            String other = ui.look().darkQr() ? "Show QR for a light background" : "Show QR for a dark background";
            String next = ui.choose("Order " + orderId + " claimed", List.of("Done", other, "Save QR code as PNG"));
            if (next.equals("Done")) {
                return details;
            }
            if (next.equals(other)) {
                ui.darkQr(!ui.look().darkQr());
                continue;
            }
            Path file = home.resolve("order-" + orderId.replaceAll("[^A-Za-z0-9_-]", "_") + ".png");
            try {
                QrCode.savePng(Formats.paymentRequest(claimed, memo), file);
            } catch (IOException e) {
                throw new IllegalStateException("Could not save " + file + ": " + e.getMessage());
            }
            return details + "\nQR code saved to " + file;
        }
    }

    /**
     * The memo the payment should carry: the order's name (its alt id, such as {@code #1002}) when the shopper's own
     * login can read the order, else the id that was claimed. The claim itself needs no login, so a failed lookup
     * must not fail it.
     */
    private String orderName(String orderId) {
        try {
            JsonNode order = session.get("api/order/id/" + TpsClient.segment(orderId));
            if (order != null && order.hasNonNull("alt_id") && !order.get("alt_id").asText().isBlank()) {
                return order.get("alt_id").asText();
            }
        } catch (TpsException | IllegalStateException e) {
            // no login possible (e.g. roles the server does not grant): the id is still a good memo
        }
        return orderId;
    }

    private String balance() {
        try {
            return Formats.addressBalance(session.get("api/balance"), ui.look());
        } catch (TpsException e) {
            if (e.status() == 404) {
                return "No account exists for you yet";
            }
            throw e;
        }
    }

    /** The profile's server when one is chosen, else the default one from TPG_SCHEMA, TPG_HOST and TPG_PORT. */
    private TpsClient server() {
        return session.current().map(p -> new TpsClient(p.server()))
                .orElseGet(() -> new TpsClient(com.tari.tps.taritools.profiles.DefaultServer.url(session.env())));
    }
}
