package com.tari.tps.taritools.interactive;

import static org.assertj.core.api.Assertions.fail;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.tari.tps.server.config.Environment;
import com.tari.tps.taritools.display.TerminalText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the menus on Lanterna's virtual terminal: types keys, waits for text, reads the screen back. */
final class VirtualTerminalDriver implements AutoCloseable {
    static final int COLUMNS = 160;
    static final int ROWS = 60;

    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(COLUMNS, ROWS));
    private final TerminalScreen screen;
    private final Thread ui;

    VirtualTerminalDriver(Map<String, String> env, Path home) throws Exception {
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        Environment environment = new Environment(env::get);
        // A UTF-8 terminal, as most are; TARITOOLS_EMOJI=off in env plays one that cannot draw emoji.
        boolean emoji = TerminalText.emojiDrawable(environment.get("TARITOOLS_EMOJI"), StandardCharsets.UTF_8, Optional.empty());
        Interactive interactive = new Interactive(screen, environment, home, Clock.systemUTC(), emoji);
        ui = new Thread(interactive::run, "tui");
        ui.setDaemon(true);
        ui.start();
    }

    VirtualTerminalDriver type(String text) {
        for (char c : text.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
        }
        return this;
    }

    VirtualTerminalDriver enter() {
        terminal.addInput(new KeyStroke(KeyType.Enter));
        return this;
    }

    VirtualTerminalDriver esc() {
        terminal.addInput(new KeyStroke(KeyType.Escape));
        return this;
    }

    VirtualTerminalDriver backspace() {
        terminal.addInput(new KeyStroke(KeyType.Backspace));
        return this;
    }

    VirtualTerminalDriver down() {
        terminal.addInput(new KeyStroke(KeyType.ArrowDown));
        return this;
    }

    /** Waits until the screen shows the text, then picks the list item of that name by filtering for it. */
    VirtualTerminalDriver pick(String item) {
        waitFor(item);
        return type(item).enter();
    }

    /** Waits until a prompt is on screen, then types the answer and Enter. */
    VirtualTerminalDriver answer(String prompt, String text) {
        waitFor(prompt);
        return type(text).enter();
    }

    String waitFor(String text) {
        long deadline = System.currentTimeMillis() + 15_000;
        String shown = "";
        while (System.currentTimeMillis() < deadline) {
            shown = String.join("\n", lines());
            if (shown.contains(text)) {
                return shown;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fail("Screen never showed '" + text + "'. It shows:\n" + shown);
    }

    /** The screen as text rows (double-width characters once). */
    List<String> lines() {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < COLUMNS; c++) {
                var ch = screen.getFrontCharacter(c, r);
                if (ch == null) {
                    row.append(' ');
                    continue;
                }
                row.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) {
                    c++;
                }
            }
            rows.add(row.toString());
        }
        return rows;
    }

    boolean finished() throws InterruptedException {
        ui.join(5_000);
        return !ui.isAlive();
    }

    @Override
    public void close() throws Exception {
        ui.interrupt();
        screen.stopScreen();
    }
}
