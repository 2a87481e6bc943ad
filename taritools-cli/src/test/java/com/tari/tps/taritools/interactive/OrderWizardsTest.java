package com.tari.tps.taritools.interactive;

import static com.tari.tps.taritools.interactive.InteractiveMenusTest.clear;
import static com.tari.tps.taritools.interactive.InteractiveMenusTest.pointAt;
import static com.tari.tps.taritools.interactive.InteractiveMenusTest.profiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.http.ApiServer;
import com.tari.tps.server.orders.NewOrder;
import com.tari.tps.server.orders.OrderStatus;
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
        try (AdminDesk desk = AdminDesk.open(dir, Role.SUPER_ADMIN)) {
            ApiServer server = desk.server();
            VirtualTerminalDriver tui = desk.tui();
            server.engine.order("7001", "alice", 3_000_000);
            server.engine.order("7002", "alice", 9_000_000);

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
        try (AdminDesk desk = AdminDesk.open(dir, Role.SUPER_ADMIN)) {
            ApiServer server = desk.server();
            VirtualTerminalDriver tui = desk.tui();
            server.engine.order("7001", "alice", 3_000_000);
            server.engine.order("7002", "bob", 9_000_000);

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

    @Test
    void markingPaidARefusedOrderKeepsTheReasonAndThenPaysTheOneTyped() throws Exception {
        try (AdminDesk desk = AdminDesk.open(dir, Role.SUPER_ADMIN)) {
            ApiServer server = desk.server();
            VirtualTerminalDriver tui = desk.tui();
            server.engine.order("7001", "alice", 3_000_000);
            server.engine.order("7002", "alice", 9_000_000);
            server.engine.engine.orders().cancel("7002", "out of stock");

            tui.pick("Admin Menu").pick("Mark order as Paid").pick("Admin");
            tui.answer("Enter order ID", "7002");
            tui.answer("Enter reason", "paid in cash");
            assertThat(tui.waitFor("The server refused it:")).as("a cancelled order cannot be fulfilled")
                    .contains("Enter order ID", "> 7002");
            clear(tui, "7002");
            tui.type("7001").enter();
            tui.waitFor("> paid in cash"); // the reason was kept
            tui.enter();

            assertThat(tui.waitFor("Order id: 7001")).contains("Paid");
            assertThat(server.engine.reload("7001").status()).isEqualTo(OrderStatus.Paid);
            assertThat(server.engine.reload("7002").status()).isEqualTo(OrderStatus.Cancelled);
            tui.enter().pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
    }

    @Test
    void resettingAnOpenOrderIsRefusedAndACancelledOneIsReopened() throws Exception {
        try (AdminDesk desk = AdminDesk.open(dir, Role.SUPER_ADMIN)) {
            ApiServer server = desk.server();
            VirtualTerminalDriver tui = desk.tui();
            server.engine.order("7001", "alice", 3_000_000);
            server.engine.order("7002", "alice", 9_000_000);
            server.engine.engine.orders().cancel("7002", "by mistake");

            tui.pick("Admin Menu").pick("Reset Order").pick("Admin");
            tui.answer("Enter order ID", "7001");
            assertThat(tui.waitFor("The server refused it:")).contains("The requested order change is forbidden", "> 7001");
            clear(tui, "7001");
            tui.type("7002").enter();

            assertThat(tui.waitFor("Order id: 7002")).contains("New");
            assertThat(server.engine.reload("7002").status()).isEqualTo(OrderStatus.New);
            assertThat(server.engine.reload("7001").status()).as("the refused one is unchanged").isEqualTo(OrderStatus.Unclaimed);
            tui.enter().pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
    }

    @Test
    void editingAMemoStartsFromTheOrdersMemoAndSavesTheNewOne() throws Exception {
        try (AdminDesk desk = AdminDesk.open(dir, Role.SUPER_ADMIN, Role.READ_ALL)) {
            ApiServer server = desk.server();
            VirtualTerminalDriver tui = desk.tui();
            server.engine.engine.orders().newOrder(NewOrder.of("7001", "alice", MicroTari.of(3_000_000), server.engine.clock.instant())
                    .withMemo("gift wrap"));

            tui.pick("Admin Menu").pick("Edit memo").pick("Admin");
            tui.answer("Enter order ID", "7999");
            assertThat(tui.waitFor("Not accepted: no order has id '7999'")).contains("Enter order ID", "> 7999");
            clear(tui, "7999");
            tui.type("7001").enter();
            tui.answer("Enter reason", "the shopper asked");
            assertThat(tui.waitFor("Enter new memo (was: gift wrap)")).as("the old memo is the starting text").contains("> gift wrap");
            clear(tui, "gift wrap");
            tui.type("no gift wrap, leave at the door").enter();

            assertThat(tui.waitFor("Order id: 7001")).contains("no gift wrap, leave at the door");
            assertThat(server.engine.reload("7001").memo()).isEqualTo("no gift wrap, leave at the door");
            tui.enter().pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
    }

    /** A real server with a super admin, and the terminal tool on a virtual terminal with that admin's profile. */
    private record AdminDesk(ApiServer server, VirtualTerminalDriver tui) implements AutoCloseable {
        static AdminDesk open(Path dir, Role... roles) throws Exception {
            Wallet admin = Wallet.random();
            Path home = profiles(dir.resolve("home"), admin, "Admin", "super_admin", null);
            ApiServer server = new ApiServer(dir.resolve("server"));
            server.engine.engine.access().updateRoles(admin.address(), List.of(roles), List.of());
            pointAt(home, server);
            return new AdminDesk(server, new VirtualTerminalDriver(Map.of(), home));
        }

        @Override
        public void close() throws Exception {
            try {
                tui.close();
            } finally {
                server.close();
            }
        }
    }
}
