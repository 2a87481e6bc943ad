package com.tari.tps.taritools.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.taritools.display.Formats;
import com.tari.tps.taritools.display.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Role management for super admins: grant, revoke, and list who holds what ({@code /api/roles}). */
final class RoleActions {
    static final List<String> ROLES = List.of("read_all", "write", "payment_wallet", "super_admin");

    private final Session session;
    private final Ui ui;

    RoleActions(Session session, Ui ui) {
        this.session = session;
        this.ui = ui;
    }

    void install(Map<String, Action> actions) {
        actions.put("Grant roles", () -> change(true));
        actions.put("Revoke roles", () -> change(false));
        actions.put("List roles", this::list);
    }

    private String change(boolean grant) {
        TariAddress[] address = {null};
        List<List<String>> roles = new ArrayList<>(List.of(List.of()));
        new Wizard()
                .step(() -> address[0] = ui.ask("Address to " + (grant ? "grant roles to" : "revoke roles from"), false,
                        address[0] == null ? "" : address[0].toBase58(), TariAddress::parse))
                .step(() -> {
                    List<String> chosen = ui.chooseMany("Roles to " + (grant ? "grant" : "revoke") + " (Space ticks)", ROLES);
                    if (chosen.isEmpty()) {
                        throw new Cancelled(); // nothing ticked: back to the address
                    }
                    roles.set(0, chosen);
                })
                .submit(ui, () -> {
                    Map<String, Object> update = new LinkedHashMap<>();
                    update.put("address", address[0].toBase58());
                    update.put("apply", grant ? roles.get(0) : List.of());
                    update.put("revoke", grant ? List.of() : roles.get(0));
                    return session.send("POST", "api/roles", List.of(update));
                });
        return (grant ? "Granted " : "Revoked ") + String.join(", ", roles.get(0)) + (grant ? " to " : " from ")
                + Formats.address(address[0], ui.look()) + "\nIt takes effect at that address's next login.";
    }

    private String list() {
        JsonNode all = session.get("api/roles");
        Table table = new Table("Address", "Roles");
        all.forEach(a -> {
            List<String> roles = new ArrayList<>();
            a.path("roles").forEach(r -> roles.add(r.asText()));
            table.row(Formats.address(a.path("address"), ui.look()), String.join(", ", roles));
        });
        return table.isEmpty() ? "No address holds a role yet (every address is a user)\n" : table.toString();
    }
}
