package com.tari.tps.taritools.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.http.ApiServer;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.orders.NewOrder;
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.taritools.display.QrCode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive menus on Lanterna's virtual terminal, against a real server. */
class InteractiveMenusTest {
    @TempDir
    Path dir;

    @Test
    void aShopperAddsAProfileClaimsAnOrderAndTheDrawnQrWithItsQuietZoneDecodesToThePaymentRequest() throws Exception {
        Wallet shopper = Wallet.random();
        Wallet payTo = Wallet.random();
        Path home = dir.resolve("home");
        try (ApiServer server = new ApiServer(dir.resolve("server"), Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET,
                "TPG_PAYMENT_WALLET_ADDRESS", payTo.address().toBase58()));
             VirtualTerminalDriver tui = new VirtualTerminalDriver(Map.of(), home)) {
            server.engine.engine.orders().newOrder(new NewOrder("5001", Optional.of("#1002"), "cust-1", Optional.empty(), Optional.empty(),
                    MicroTari.of(2_500_000), Optional.empty(), "XTR", server.engine.clock.instant(), Optional.empty()));

            tui.pick("User Menu").pick("Add profile");
            tui.answer("Enter profile name", "Shopper");
            tui.pick("Provide secret key");
            tui.answer("Enter secret key (in hex):", "not-a-key");
            assertThat(tui.waitFor("Not accepted: that is not a secret key")).as("the bad field is asked again, with why")
                    .contains("Enter secret key (in hex):");
            clear(tui, "not-a-key");
            tui.type(shopper.key().toHex()).enter();
            assertThat(String.join("\n", tui.lines())).as("a typed secret is not echoed").doesNotContain(shopper.key().toHex());
            tui.pick("Mainnet");
            assertThat(tui.waitFor("Use address")).as("the emoji id is drawn, not ????")
                    .contains(shopper.address().toBase58() + " (" + shopper.address().toEmoji() + ")?");
            tui.type("Yes").enter();
            tui.waitFor("Select roles");
            tui.type(" ").enter();
            tui.answer("Enter server URL", "tps.example");
            tui.waitFor("Not accepted: not a server URL");
            tui.esc();
            tui.waitFor("Select roles"); // Esc stepped back one field, the rest is kept
            tui.type(" ").enter();
            tui.waitFor("Enter server URL");
            tui.type(server.url("/")).enter();
            tui.waitFor("Profile added successfully");
            tui.enter();

            Path config = home.resolve("config.toml");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
            assertThat(Files.readString(config)).contains("name = \"Shopper\"", "roles = [\"user\"]", shopper.address().toBase58());

            tui.pick("Claim Order").pick("Shopper");
            tui.answer("Enter order ID", "5001");
            String screen = tui.waitFor("## Claimed order details");
            String request = "tari://mainnet/transactions/send?tariAddress=" + payTo.address().toBase58() + "&amount=2500000&note=%231002";
            assertThat(screen).contains("Order id: 5001", "Amount: 2.500000 XTR (2 500 000 µT)", "Memo: #1002",
                    "Send Payment to: " + payTo.address().toBase58() + " (" + payTo.address().toEmoji() + ")");
            assertThat(decode(drawnQr(tui.lines(), request, false))).isEqualTo(request);
            assertThat(server.engine.reload("5001").status()).isEqualTo(OrderStatus.New);

            tui.enter().pick("Show QR for a dark background");
            tui.waitFor("## Claimed order details");
            assertThat(decode(drawnQr(tui.lines(), request, true))).as("inverted for dark themes").isEqualTo(request);

            tui.enter().pick("Save QR code as PNG");
            tui.waitFor("QR code saved to");
            BufferedImage png = ImageIO.read(home.resolve("order-5001.png").toFile());
            assertThat(decode(png)).isEqualTo(request);
            tui.enter();
            tui.pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
    }

    /** Backspaces over text left in a prompt. */
    static void clear(VirtualTerminalDriver tui, String text) {
        for (int i = 0; i < text.length(); i++) {
            tui.backspace();
        }
    }

    /**
     * The README's picture of the claim screen (docs/screenshots/taritools-claim.png): fixed keys and the server's fixed
     * clock make it the same every run. Written to target/ always and over the committed file with
     * {@code -Dtaritools.screenshots=write}; either way its QR code must scan.
     */
    @Test
    void theClaimScreenWithItsQrIsCapturedForTheReadme() throws Exception {
        Wallet shopper = fixedWallet("1dbbce83de2b0233c404b96b9234233bb3cec51503e2124d8c728a2d9b4fb00c");
        Wallet payTo = fixedWallet("0200000000000000000000000000000000000000000000000000000000000000");
        Path home = profiles(dir.resolve("home"), shopper, "Shopper", "user", null);
        try (ApiServer server = new ApiServer(dir.resolve("server"), Map.of("TPG_PAYMENT_WALLET_ADDRESS", payTo.address().toBase58()));
             VirtualTerminalDriver tui = new VirtualTerminalDriver(Map.of("TARITOOLS_EMOJI", "off", "TARITOOLS_QR", "dark"), home)) {
            server.engine.engine.orders().newOrder(new NewOrder("5001", Optional.of("#1002"), "cust-1", Optional.empty(), Optional.empty(),
                    MicroTari.of(1_250_000), Optional.of("25.00"), "USD", server.engine.clock.instant(), Optional.empty()));
            pointAt(home, server);

            tui.pick("User Menu").pick("Claim Order").pick("Shopper");
            tui.answer("Enter order ID", "5001");
            tui.waitFor("## Claimed order details");
            List<String> rows = tui.lines().stream().map(r -> r.replace(server.url("/"), "https://tps.example.com/")).toList();
            BufferedImage picture = TerminalPicture.of(rows);
            assertThat(decode(picture)).isEqualTo("tari://mainnet/transactions/send?tariAddress=" + payTo.address().toBase58()
                    + "&amount=1250000&note=%231002");
            Path target = Path.of("target", "screenshots", "taritools-claim.png");
            Files.createDirectories(target.getParent());
            ImageIO.write(picture, "PNG", target.toFile());
            if ("write".equals(System.getProperty("taritools.screenshots"))) {
                ImageIO.write(picture, "PNG", Path.of("..", "docs", "screenshots", "taritools-claim.png").toFile());
            }
            tui.enter().pick("Done");
            tui.enter().pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
    }

    private static Wallet fixedWallet(String secretHex) {
        var key = com.tari.tps.common.keys.SecretKey.fromHex(secretHex);
        return new Wallet(key, com.tari.tps.common.address.TariAddress.single(com.tari.tps.common.address.Network.MAINNET, 3, key.publicKey()));
    }

    @Test
    void aProfileFromSeedWordsGetsTheWalletsDualAddressAndKeepsOnlyTheSpendKey() throws Exception {
        String words = "doctor leg anchor train blood sample artist glance giraffe team tissue grape "
                + "recycle arrive anger welcome siren lounge spend enforce ensure hamster chief harsh";
        Path home = dir.resolve("home");
        try (VirtualTerminalDriver tui = new VirtualTerminalDriver(Map.of(), home)) {
            tui.pick("User Menu").pick("Add profile");
            tui.answer("Enter profile name", "Console wallet");
            tui.pick("Provide seed phrase");
            tui.answer("Enter seed phrase", words);
            tui.pick("Mainnet");
            // common/src/test/resources/vectors/crypto_vectors.md §I: the dual address of these words (mainnet,
            // features 3).
            assertThat(tui.waitFor("Use address")).contains("14Do2V8XgiphRqp4461rUuuEDLetmW6aYuRsofejJF3ynJW9oCngb6RPE6q6iKyCjittwtfEi8SRT9JvJCBrmTTUXm8");
            tui.type("Yes").enter();
            tui.waitFor("Select roles");
            tui.enter();
            tui.answer("Enter server URL", "https://tps.example.com");
            tui.waitFor("Profile added successfully");
            String config = Files.readString(home.resolve("config.toml"));
            assertThat(config).contains("secret_key = \"23c3e762cc98fe4c208d2961fc5dceaadd6b12fd131b42a86b4bf4bf2973100d\"",
                    "roles = []", "server = \"https://tps.example.com/\"").doesNotContain("doctor");
            tui.enter().pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
    }

    @Test
    void anAdminIssuesACreditAndCancelsAnOrder() throws Exception {
        Wallet admin = Wallet.random();
        Wallet customer = Wallet.random();
        Path home = profiles(dir.resolve("home"), admin, "Admin", "super_admin", null);
        try (ApiServer server = new ApiServer(dir.resolve("server"));
             VirtualTerminalDriver tui = new VirtualTerminalDriver(Map.of(), home)) {
            server.engine.engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
            server.engine.order("7001", "alice", 3_000_000);
            server.engine.order("7002", "alice", 9_000_000);
            server.engine.engine.claims().claim(customer.claim("7001"));
            pointAt(home, server);

            tui.pick("Admin Menu").pick("Issue Credit").pick("Admin");
            tui.waitFor("Select customer ID");
            tui.type("alice").enter();
            tui.answer("Enter amount (e.g. 1.5T or 250000uT):", "3T");
            tui.pick("Yes");
            tui.answer("Enter reason", "goodwill");
            assertThat(tui.waitFor("Credit issued successfully.")).contains("The following 1 orders have been paid as a result:", "7001");
            tui.enter();
            assertThat(tui.waitFor("Main » Admin")).as("logged-in profile in the header").contains("Admin");
            assertThat(server.engine.reload("7001").status()).isEqualTo(OrderStatus.Paid);

            tui.pick("Cancel Order");
            tui.answer("Enter order ID", "7002");
            tui.answer("Enter reason", "out of stock");
            assertThat(tui.waitFor("Order id: 7002")).contains("Cancelled");
            assertThat(server.engine.reload("7002").status()).isEqualTo(OrderStatus.Cancelled);
            tui.enter();
            tui.pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
    }

    @Test
    void anAdminFindsOrdersManagesRolesPaymentLinksAndRatesOnATerminalWithoutEmoji() throws Exception {
        Wallet admin = Wallet.random();
        Wallet customer = Wallet.random();
        Path home = profiles(dir.resolve("home"), admin, "Admin", "super_admin", null);
        try (ApiServer server = new ApiServer(dir.resolve("server"));
             VirtualTerminalDriver tui = new VirtualTerminalDriver(Map.of("TARITOOLS_EMOJI", "off"), home)) {
            server.engine.engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
            server.engine.order("7001", "alice", 3_000_000);
            server.engine.order("7002", "bob", 9_000_000);
            server.engine.engine.orders().newOrder(new NewOrder("7003", Optional.empty(), "carol", Optional.empty(), Optional.empty(),
                    MicroTari.of(1_000_000), Optional.of("12.00"), "EUR", server.engine.clock.instant(), Optional.empty()));
            server.engine.engine.claims().claim(customer.claim("7002"));
            server.engine.pay(customer, "tx-1", 1_000_000);
            pointAt(home, server);

            tui.pick("Admin Menu").pick("Get all unpaid orders").pick("Admin");
            assertThat(tui.waitFor("Unpaid orders (New and Unclaimed) (page 1 of 1)")).contains("7001", "Unclaimed", "7002", "New",
                    "3.000000 XTR");
            tui.enter();
            tui.waitFor("3 orders found");
            tui.enter();

            tui.pick("Search orders");
            tui.answer("Order id (empty: any)", "");
            tui.answer("Customer id (empty: any)", "bob");
            tui.answer("Paid from address (empty: any)", "");
            tui.waitFor("Statuses (none ticked: any)");
            tui.enter();
            tui.answer("Created from", "2026-13-01");
            tui.waitFor("is not a date such as 2026-12-07");
            clear(tui, "2026-13-01");
            tui.type("2026-01-01").enter();
            tui.answer("Created until", "");
            assertThat(tui.waitFor("Orders found (page 1 of 1)")).contains("7002", "bob").doesNotContain("alice");
            tui.enter().enter();

            tui.pick("Orders awaiting exchange rate");
            tui.waitFor("No orders are waiting for an exchange rate");
            tui.enter();

            tui.pick("Grant roles");
            tui.answer("Address to grant roles to", customer.address().toBase58());
            tui.waitFor("Roles to grant");
            tui.type(" ").enter();
            tui.waitFor("Granted read_all to " + customer.address().toBase58());
            tui.enter();
            tui.pick("List roles");
            String roles = tui.waitFor("read_all");
            assertThat(roles).contains(customer.address().toBase58(), admin.address().toBase58(), "super_admin").doesNotContain("?");
            tui.enter();
            tui.pick("Revoke roles");
            tui.answer("Address to revoke roles from", customer.address().toBase58());
            tui.waitFor("Roles to revoke");
            tui.type(" ").enter();
            tui.waitFor("Revoked read_all");
            assertThat(server.engine.engine.access().rolesOf(customer.address())).isEmpty();
            tui.enter();

            tui.pick("History for Address");
            tui.waitFor("Select address");
            tui.type(customer.address().toBase58().substring(0, 12)).enter();
            String history = tui.waitFor("## History for");
            assertThat(history).as("addresses in base58 where emoji cannot be drawn, never ????")
                    .contains("## History for " + customer.address().toBase58(), "Address: " + customer.address().toBase58(),
                            "Available: 1.000000 XTR").doesNotContain("?");
            tui.enter();

            tui.pick("Create payment link");
            tui.answer("Title", "Sticker");
            tui.answer("Price", "lots");
            tui.waitFor("Not accepted: 'lots' is not an amount");
            clear(tui, "lots");
            tui.type("2.5T").enter();
            tui.answer("Orders stay payable for", "2h");
            assertThat(tui.waitFor("Payment link created: " + server.url("/pay/"))).contains("Sticker", "2.500000 XTR", "2h");
            tui.enter();
            tui.pick("List payment links");
            tui.waitFor("Sticker");
            tui.enter();
            tui.pick("Expire payment link");
            tui.pick("Sticker");
            tui.pick("Yes");
            tui.waitFor("expired");
            tui.enter();

            tui.pick("Fetch Tari price");
            assertThat(tui.waitFor("1 unit costs")).contains("EUR", "USD", "no rate set");
            tui.enter();
            tui.pick("Set Tari price");
            tui.pick("EUR");
            tui.answer("Enter Tari price per EUR", "1.5T");
            tui.pick("Yes");
            tui.waitFor("Tari price set successfully: 1 EUR = 1.500000 XTR");
            tui.enter();
            tui.pick("Fetch Tari price");
            assertThat(tui.waitFor("1 unit costs")).contains("1.500000 XTR (1 500 000 µT)");
            tui.enter();
            tui.pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
    }

    @Test
    void anAdminSeesWhyAShopifyCallbackFailedAndSendsItAgainAfterTheFix() throws Exception {
        Wallet admin = Wallet.random();
        Path home = profiles(dir.resolve("home"), admin, "Admin", "super_admin", null);
        java.util.concurrent.atomic.AtomicBoolean restored = new java.util.concurrent.atomic.AtomicBoolean();
        List<String> cancels = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (okhttp3.mockwebserver.MockWebServer shopify = new okhttp3.mockwebserver.MockWebServer()) {
            shopify.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                @Override
                public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                    if (!restored.get()) {
                        return new okhttp3.mockwebserver.MockResponse().setResponseCode(404).setBody("{\"errors\":\"Not Found\"}");
                    }
                    if (request.getMethod().equals("POST")) {
                        cancels.add(request.getPath());
                        return new okhttp3.mockwebserver.MockResponse().setBody("{\"order\":{\"id\":7101}}");
                    }
                    return new okhttp3.mockwebserver.MockResponse()
                            .setBody("{\"order\":{\"id\":7101,\"financial_status\":\"pending\",\"cancelled_at\":null}}");
                }
            });
            shopify.start();
            Map<String, String> settings = Map.of("TPG_SHOPIFY_SHOP", "http://127.0.0.1:" + shopify.getPort(),
                    "TPG_SHOPIFY_ADMIN_ACCESS_TOKEN", TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN, "TPG_CALLBACK_INTERVAL", "1s");
            try (ApiServer server = new ApiServer(dir.resolve("server"), settings);
                 VirtualTerminalDriver tui = new VirtualTerminalDriver(Map.of(), home)) {
                server.engine.engine.access().updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
                server.engine.order("7101", "alice", 3_000_000);
                server.engine.engine.orders().cancel("7101", "out of stock");
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (server.engine.engine.callbacks().unsent().stream().noneMatch(c -> c.status().equals("Failed"))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                long id = server.engine.engine.callbacks().unsent().get(0).id();
                pointAt(home, server);

                tui.pick("Admin Menu").pick("Undelivered Shopify callbacks").pick("Admin");
                assertThat(tui.waitFor("does not exist on Shopify")).contains(Long.toString(id), "7101", "cancel", "Failed");
                tui.enter();

                restored.set(true); // the merchant restored the order on Shopify
                tui.pick("Retry Shopify callback");
                tui.answer("Enter callback id (from Undelivered Shopify callbacks)", Long.toString(id));
                tui.waitFor("Callback " + id + " will be sent again within seconds.");
                tui.enter();
                deadline = System.nanoTime() + 20_000_000_000L;
                while (!server.engine.engine.callbacks().unsent().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(cancels).containsExactly("/admin/api/2024-04/orders/7101/cancel.json");
                tui.pick("Undelivered Shopify callbacks");
                tui.waitFor("Every Shopify callback has been delivered");
                tui.enter();
                tui.pick("Exit");
                assertThat(tui.finished()).isTrue();
            }
        }
    }

    @Test
    void aFailedLoginOrADownServerShowsAnErrorAndTheMenuCarriesOn() throws Exception {
        Wallet stranger = Wallet.random();
        Path home = profiles(dir.resolve("home"), stranger, "Stranger", "super_admin", "http://127.0.0.1:9/");
        try (ApiServer server = new ApiServer(dir.resolve("server"));
             VirtualTerminalDriver tui = new VirtualTerminalDriver(Map.of(), home)) {
            pointAt(home, server);

            tui.pick("Admin Menu").pick("Get all unpaid orders").pick("Stranger (" + server.url("/"));
            assertThat(tui.waitFor("Error: ")).contains("Failed to authenticate with payment server");
            tui.enter();
            tui.waitFor("Admin menu");
            assertThat(tui.waitFor("Not logged in")).contains("Main » Admin");

            tui.pick("Get all unpaid orders").pick("Down (http://127.0.0.1:9/)");
            assertThat(tui.waitFor("Error: ")).contains("Cannot reach the payment server");
            tui.enter();
            tui.pick("Back");
            tui.waitFor("Main menu");
            tui.esc().pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
    }

    /** A config with one profile keyed in the file (its server is SERVER until the test knows the port) and a second. */
    /** Points the profiles written by {@link #profiles} at the running server. */
    static void pointAt(Path home, ApiServer server) throws java.io.IOException {
        Files.writeString(home.resolve("config.toml"), Files.readString(home.resolve("config.toml")).replace("SERVER", server.url("/")));
    }

    static Path profiles(Path home, Wallet wallet, String name, String role, String downServer) throws Exception {
        Files.createDirectories(home);
        String toml = "[[profiles]]\nname = \"" + name + "\"\naddress = \"" + wallet.address().toBase58() + "\"\nsecret_key = \""
                + wallet.key().toHex() + "\"\nroles = [\"" + role + "\"]\nserver = \"SERVER\"\n";
        if (downServer != null) {
            toml += "\n[[profiles]]\nname = \"Down\"\naddress = \"" + wallet.address().toBase58() + "\"\nsecret_key = \""
                    + wallet.key().toHex() + "\"\nroles = [\"" + role + "\"]\nserver = \"" + downServer + "\"\n";
        }
        Files.writeString(home.resolve("config.toml"), toml);
        return home;
    }

    /**
     * The half-block QR under "Send Payment to:" read back into modules, quiet zone included, two module rows per text
     * row. On a dark background the blocks are the light modules. Asserts that the 4-module quiet zone is all light.
     */
    private static boolean[][] drawnQr(List<String> screen, String payload, boolean darkBackground) {
        int start = 0;
        while (!screen.get(start).contains("Send Payment to:")) {
            start++;
        }
        int size = QrCode.matrix(payload).getWidth() + 2 * QrCode.QUIET_ZONE;
        boolean[][] dark = new boolean[size][size];
        for (int line = 0; line < (size + 1) / 2; line++) {
            String row = screen.get(start + 1 + line);
            for (int x = 0; x < size; x++) {
                char c = 1 + x < row.length() ? row.charAt(1 + x) : ' ';
                boolean top = c == '█' || c == '▀';
                boolean bottom = c == '█' || c == '▄';
                dark[2 * line][x] = top != darkBackground;
                if (2 * line + 1 < size) {
                    dark[2 * line + 1][x] = bottom != darkBackground;
                }
            }
        }
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean inQuietZone = x < QrCode.QUIET_ZONE || y < QrCode.QUIET_ZONE || x >= size - QrCode.QUIET_ZONE
                        || y >= size - QrCode.QUIET_ZONE;
                if (inQuietZone) {
                    assertThat(dark[y][x]).as("quiet zone module at %d,%d is light", x, y).isFalse();
                }
            }
        }
        return dark;
    }

    /** The modules as a picture, adding no margin of its own: the drawn quiet zone has to do. */
    private static String decode(boolean[][] modules) throws Exception {
        int scale = 6;
        int size = modules.length * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, modules[y / scale][x / scale] ? 0x000000 : 0xFFFFFF);
            }
        }
        return decode(image);
    }

    private static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
    }
}
