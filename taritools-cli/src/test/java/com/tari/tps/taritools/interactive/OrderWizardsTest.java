package com.tari.tps.taritools.interactive;

import static com.tari.tps.taritools.interactive.InteractiveMenusTest.clear;
import static com.tari.tps.taritools.interactive.InteractiveMenusTest.pointAt;
import static com.tari.tps.taritools.interactive.InteractiveMenusTest.profiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.http.ApiServer;
import com.tari.tps.server.orders.OrderStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order-changing dialogs on the virtual terminal, against a real server: a bad field is asked again with the
 * reason and the text kept, Esc steps back one field, and a refusal by the server returns to the form with every
 * answer still there.
 */
class OrderWizardsTest {
    @TempDir
    Path dir;

    @Test
    void aBadOrderIdIsAskedAgainARefusedCancelKeepsTheFormAndEscStepsBackToChangeTheOrder() throws Exception {
        Wallet admin = Wallet.random();
        Path home = profiles(dir.resolve("home"), admin, "Admin", "super_admin", null);
        try (ApiServer server = new ApiServer(dir.resolve("server"));
             VirtualTerminalDriver tui = new VirtualTerminalDriver(Map.of(), home)) {
            server.engine.engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
            server.engine.order("7001", "alice", 3_000_000);
            server.engine.order("7002", "alice", 9_000_000);
            pointAt(home, server);

            tui.pick("Admin Menu").pick("Cancel Order").pick("Admin");
            tui.answer("Enter order ID", "70 02");
            assertThat(tui.waitFor("Not accepted: an order id has no spaces or control characters"))
                    .as("asked again, with why, the text kept").contains("Enter order ID", "> 70 02");
            clear(tui, "70 02");
            tui.type("7009").enter();
            tui.answer("Enter reason", "");
            assertThat(tui.waitFor("Not accepted: a reason is required")).contains("Enter reason");
            tui.type("out of stock").enter();

            assertThat(tui.waitFor("The server refused it:")).as("back on the first field, with the server's reason")
                    .contains("Enter order ID", "> 7009", "The requested order 7009 does not exist");
            clear(tui, "7009");
            tui.type("7001").enter();
            tui.waitFor("> out of stock"); // the reason was kept
            tui.esc();
            tui.waitFor("> 7001"); // one step back, to the order id
            clear(tui, "7001");
            tui.type("7002").enter();
            tui.waitFor("> out of stock");
            tui.enter();

            assertThat(tui.waitFor("Order id: 7002")).contains("Cancelled");
            assertThat(server.engine.reload("7002").status()).isEqualTo(OrderStatus.Cancelled);
            assertThat(server.engine.reload("7001").status()).as("the order typed first and changed").isEqualTo(OrderStatus.Unclaimed);
            tui.enter().pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
    }

    @Test
    void reassigningChecksTheOrderAndTheNewCustomerAndEscGoesBackToTheReasonWithEverythingKept() throws Exception {
        Wallet admin = Wallet.random();
        Path home = profiles(dir.resolve("home"), admin, "Admin", "super_admin", null);
        try (ApiServer server = new ApiServer(dir.resolve("server"));
             VirtualTerminalDriver tui = new VirtualTerminalDriver(Map.of(), home)) {
            server.engine.engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
            server.engine.order("7001", "alice", 3_000_000);
            server.engine.order("7002", "bob", 9_000_000);
            pointAt(home, server);

            tui.pick("Admin Menu").pick("Reassign Order").pick("Admin");
            tui.answer("Enter order ID", "7999");
            assertThat(tui.waitFor("Not accepted: no order has id '7999'")).contains("Enter order ID", "> 7999");
            clear(tui, "7999");
            tui.type("7001").enter();
            tui.answer("Enter reason", "typo");
            assertThat(tui.waitFor("You're about to re-assign this order")).contains("Order id: 7001", "Customer id: alice");
            tui.enter();

            String choices = tui.waitFor("Select new customer ID");
            assertThat(choices).as("not the order's own customer").contains("bob", "Type another customer id").doesNotContain("alice");
            tui.pick("Type another customer id");
            tui.answer("New customer ID", "carol smith");
            tui.waitFor("Not accepted: a customer id has no spaces or control characters");
            clear(tui, "carol smith");
            tui.type("alice").enter();
            tui.waitFor("Not accepted: the order already belongs to customer alice");
            tui.esc();
            tui.waitFor("Select new customer ID");
            tui.esc();
            tui.waitFor("You're about to re-assign this order");
            tui.esc();
            assertThat(tui.waitFor("> typo")).contains("Enter reason");
            clear(tui, "typo");
            tui.type("bought on bob's account").enter();
            tui.waitFor("You're about to re-assign this order");
            tui.enter();
            tui.pick("bob");

            assertThat(tui.waitFor("# Order 7001 reassignment summary")).contains("changed from alice to bob", "## New order");
            assertThat(server.engine.reload("7001").customerId()).isEqualTo("bob");
            tui.enter().pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
    }
}
