package com.tari.tps.taritools.interactive;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.tari.tps.server.config.Environment;
import com.tari.tps.taritools.client.TpsException;
import com.tari.tps.taritools.display.Formats;
import com.tari.tps.taritools.display.TerminalText;
import com.tari.tps.taritools.profiles.ProfileStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The menus on a Lanterna screen. Items are dispatched by label, as in the Rust taritools. Whatever
 * an action throws (a failed login, a server that is down, a 403, bad input) is shown as {@code Error: …} and the
 * menu carries on; Esc in a prompt goes back.
 */
public final class Interactive {
    static final Map<String, List<String>> MENUS = Map.of(
            "Main", List.of("Admin Menu", "User Menu", "Shopify Menu", "Emoji ids on/off", "QR for dark background on/off", "Logout", "Exit"),
            "Admin", List.of("Cancel Order", "Mark order as Paid", "Reset Order", "Fetch Tari price", "Set Tari price", "Logout", "Back",
                    "Issue Credit", "Get all unpaid orders", "Order by Id", "Balance for Address", "Orders for Address",
                    "Fetch Payments for Order", "Payments for Address", "History for Address", "History for Customer Id", "Edit memo",
                    "Reassign Order", "Re-import Open Orders", "Settle customer account", "Settle address payments",
                    "Add authorized wallet", "Remove authorized wallets", "List authorized wallets",
                    "Undelivered Shopify callbacks", "Retry Shopify callback", "Search orders", "Orders awaiting exchange rate",
                    "Grant roles", "Revoke roles", "List roles", "Create payment link", "List payment links", "Expire payment link",
                    "Server health", "Exit"),
            "User", List.of("Add profile", "Claim Order", "Logout", "Back", "Exit", "My Balance", "My Orders", "My Open Orders",
                    "My Payments", "Account History", "Settle my account", "List payment addresses"),
            "Shopify", List.of("Open Orders", "Back", "Re-import Open Orders", "Exit"));

    private final Ui ui;
    private final Session session;
    private final Map<String, Action> actions = new HashMap<>();

    /**
     * @param emoji whether the terminal can draw emoji ({@link TerminalText#emojiDrawable}); the user can switch it
     */
    public Interactive(Screen screen, Environment env, Path home, Clock clock, boolean emoji) {
        this.ui = new Ui(screen, emoji);
        ui.darkQr(env.get("TARITOOLS_QR").map(v -> v.trim().equalsIgnoreCase("dark")).orElse(false));
        this.session = new Session(new ProfileStore(home), env, ui, clock);
        AdminActions admin = new AdminActions(session, ui);
        actions.putAll(admin.all());
        actions.putAll(new UserActions(session, ui, home).all());
        actions.put("Open Orders", () -> Formats.shopifyOrders(ui.busy("Fetching open orders from Shopify...",
                () -> ShopifyMenu.openOrders(env))));
    }

    /** Runs on the real terminal until Exit. */
    public static void runOnTerminal(Environment env, Path home) {
        // The locale's charset, not Java's default: under a C/POSIX locale the terminal takes ASCII only.
        Charset charset = Charset.forName(System.getProperty("native.encoding", Charset.defaultCharset().name()));
        boolean emoji = TerminalText.emojiDrawable(env.get("TARITOOLS_EMOJI"), charset, env.get("TERM"));
        try (Screen screen = new TerminalScreen(new DefaultTerminalFactory(System.out, System.in, charset).createTerminal())) {
            screen.startScreen();
            new Interactive(screen, env, home, Clock.systemUTC(), emoji).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The menu loop; returns on Exit or when the terminal closes. */
    public void run() {
        Deque<String> crumbs = new ArrayDeque<>(List.of("Main"));
        while (true) {
            ui.header(String.join(" » ", crumbs), session.status());
            String label;
            try {
                label = ui.choose(crumbs.peekLast() + " menu", MENUS.get(crumbs.peekLast()));
            } catch (Cancelled e) {
                label = "Back";
            } catch (Ui.Closed e) {
                return;
            }
            switch (label) {
                case "Exit" -> {
                    return;
                }
                case "Back" -> {
                    if (crumbs.size() > 1) {
                        crumbs.removeLast();
                    }
                }
                case "Admin Menu", "User Menu", "Shopify Menu" -> crumbs.addLast(label.substring(0, label.indexOf(' ')));
                case "Emoji ids on/off" -> {
                    ui.emoji(!ui.emoji());
                    if (!show(label, ui.emoji() ? "Emoji ids are shown next to base58 addresses" + (emojiHint())
                            : "Addresses are shown in base58 only")) {
                        return;
                    }
                }
                case "QR for dark background on/off" -> {
                    ui.darkQr(!ui.look().darkQr());
                    if (!show(label, ui.look().darkQr() ? "QR codes are drawn for a dark background (light blocks)"
                            : "QR codes are drawn for a light background (dark blocks)")) {
                        return;
                    }
                }
                case "Logout" -> {
                    session.logout();
                    if (!show(label, "Logged out")) {
                        return;
                    }
                }
                default -> {
                    if (!perform(label)) {
                        return;
                    }
                }
            }
        }
    }

    /** Runs an action and shows its result or error; false when the terminal went away. */
    private boolean perform(String label) {
        String result;
        try {
            result = actions.get(label).run();
        } catch (Cancelled e) {
            return true;
        } catch (Ui.Closed e) {
            return false;
        } catch (TpsException | IllegalArgumentException | IllegalStateException e) {
            result = "Error: " + e.getMessage();
        } catch (RuntimeException e) {
            result = "Error: " + e;
        }
        ui.header(ui.breadcrumbs(), session.status());
        return show(label, result);
    }

    private static String emojiHint() {
        return "\n(If they show as boxes or question marks, this terminal or its font cannot draw them: switch them off again,"
                + " or set TARITOOLS_EMOJI=off.)";
    }

    private boolean show(String title, String text) {
        try {
            ui.text(title, text);
            return true;
        } catch (Ui.Closed e) {
            return false;
        }
    }
}
