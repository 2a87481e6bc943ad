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
import com.tari.tps.server.orders.OrderStatus;
import com.tari.tps.taritools.display.QrCode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive menus on Lanterna's virtual terminal, against a real server. */
class InteractiveMenusTest {
    @TempDir
    Path dir;

    @Test
    void aShopperAddsAProfileClaimsAnOrderAndTheDrawnQrDecodesToWhereToPay() throws Exception {
        Wallet shopper = Wallet.random();
        Wallet payTo = Wallet.random();
        Path home = dir.resolve("home");
        try (ApiServer server = new ApiServer(dir.resolve("server"), Map.of("TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET,
                "TPG_PAYMENT_WALLET_ADDRESS", payTo.address().toBase58()));
             VirtualTerminalDriver tui = new VirtualTerminalDriver(Map.of(), home)) {
            server.engine.order("5001", "cust-1", 2_500_000);

            tui.pick("User Menu").pick("Add profile");
            tui.answer("Enter profile name", "Shopper");
            tui.pick("Provide secret key");
            tui.answer("Enter secret key (in hex):", shopper.key().toHex());
            assertThat(String.join("\n", tui.lines())).as("a typed secret is not echoed").doesNotContain(shopper.key().toHex());
            tui.pick("Mainnet");
            assertThat(tui.waitFor("Use address")).contains(shopper.address().toBase58());
            tui.type("Yes").enter();
            tui.waitFor("Select roles");
            tui.type(" ").enter();
            tui.answer("Enter server URL", server.url("/"));
            tui.waitFor("Profile added successfully");
            tui.enter();

            Path config = home.resolve("config.toml");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
            assertThat(Files.readString(config)).contains("name = \"Shopper\"", "roles = [\"user\"]", shopper.address().toBase58());

            tui.pick("Claim Order").pick("Shopper");
            tui.answer("Enter order ID", "5001");
            String screen = tui.waitFor("## Claimed order details");
            assertThat(screen).contains("Order id: 5001", "Amount: 2.500τ", "Send Payment to: " + payTo.address().toBase58());
            assertThat(decode(drawnQr(tui.lines()))).isEqualTo(QrCode.paymentRequest(payTo.address()));
            assertThat(server.engine.reload("5001").status()).isEqualTo(OrderStatus.New);

            tui.enter().pick("Save QR code as PNG");
            tui.waitFor("QR code saved to");
            BufferedImage png = ImageIO.read(home.resolve("order-5001.png").toFile());
            assertThat(decode(png)).isEqualTo(QrCode.paymentRequest(payTo.address()));
            tui.enter();
            tui.pick("Exit");
            assertThat(tui.finished()).isTrue();
        }
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
            // crypto_vectors.md §I: the dual address of these words (mainnet, features 3).
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
            Files.writeString(home.resolve("config.toml"), Files.readString(home.resolve("config.toml")).replace("SERVER", server.url("/")));

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
                Files.writeString(home.resolve("config.toml"), Files.readString(home.resolve("config.toml")).replace("SERVER", server.url("/")));

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
            Files.writeString(home.resolve("config.toml"), Files.readString(home.resolve("config.toml")).replace("SERVER", server.url("/")));

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
    private static Path profiles(Path home, Wallet wallet, String name, String role, String downServer) throws Exception {
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

    /** The half-block QR under "Send Payment to:" on the screen, two module rows per text row. */
    private static boolean[][] drawnQr(List<String> screen) {
        int start = 0;
        while (!screen.get(start).contains("Send Payment to:")) {
            start++;
        }
        String first = screen.get(start + 1);
        int width = first.replaceAll("\\s+$", "").length() - 1; // drawn from column 1
        boolean[][] modules = new boolean[width][width];
        for (int line = 0; line < (width + 1) / 2; line++) {
            String row = screen.get(start + 1 + line);
            for (int x = 0; x < width; x++) {
                char c = 1 + x < row.length() ? row.charAt(1 + x) : ' ';
                modules[2 * line][x] = c == '█' || c == '▀';
                if (2 * line + 1 < width) {
                    modules[2 * line + 1][x] = c == '█' || c == '▄';
                }
            }
        }
        return modules;
    }

    private static String decode(boolean[][] modules) throws Exception {
        int scale = 6;
        int quiet = 4;
        int size = (modules.length + 2 * quiet) * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / scale - quiet;
                int my = y / scale - quiet;
                boolean dark = mx >= 0 && my >= 0 && mx < modules.length && my < modules.length && modules[my][mx];
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        return decode(image);
    }

    private static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
    }
}
