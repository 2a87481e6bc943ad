package com.tari.tps.taritools.interactive;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.tari.tps.taritools.display.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The few screens the menus need, drawn on a Lanterna {@link Screen}: a header (breadcrumbs and who is logged in), a
 * filter-as-you-type list, a one-line prompt, a multi-select, a scrollable read-only text pane and a busy spinner.
 * Esc in any prompt throws {@link Cancelled}.
 */
final class Ui {
    private static final String SPINNER = "|/-\\";

    private final Screen screen;
    private String breadcrumbs = "Main";
    private String status = "Not logged in";

    Ui(Screen screen) {
        this.screen = screen;
    }

    String breadcrumbs() {
        return breadcrumbs;
    }

    void header(String breadcrumbs, String status) {
        this.breadcrumbs = breadcrumbs;
        this.status = status;
    }

    /** Picks one item; typing filters (case-insensitive substring), arrows move, Enter picks, Esc cancels. */
    String choose(String title, List<String> items) {
        String filter = "";
        int selected = 0;
        while (true) {
            String f = filter.toLowerCase(Locale.ROOT);
            List<String> shown = items.stream().filter(i -> i.toLowerCase(Locale.ROOT).contains(f)).toList();
            selected = Math.max(0, Math.min(selected, shown.size() - 1));
            TextGraphics g = frame(title + " (type to filter)", "Enter select · ↑↓ move · Esc back");
            g.putString(2, 2, "> " + filter);
            int rows = size().getRows() - 5;
            int top = Math.max(0, selected - rows + 1);
            for (int i = top; i < shown.size() && i - top < rows; i++) {
                if (i == selected) {
                    g.putString(2, 3 + i - top, "» " + shown.get(i), SGR.REVERSE);
                } else {
                    g.putString(2, 3 + i - top, "  " + shown.get(i));
                }
            }
            if (shown.isEmpty()) {
                g.putString(4, 3, "(nothing matches)");
            }
            show(new TerminalPosition(4 + Table.width(filter), 2));
            KeyStroke key = read();
            switch (key.getKeyType()) {
                case Escape -> throw new Cancelled();
                case Enter -> {
                    if (!shown.isEmpty()) {
                        return shown.get(selected);
                    }
                }
                case ArrowUp -> selected = Math.max(0, selected - 1);
                case ArrowDown -> selected = selected + 1;
                case Backspace -> filter = filter.isEmpty() ? "" : filter.substring(0, filter.length() - 1);
                case Character -> {
                    filter += key.getCharacter();
                    selected = 0;
                }
                default -> { }
            }
        }
    }

    /** A line of text; Enter accepts it (possibly empty), Esc cancels. {@code secret} echoes stars. */
    String ask(String prompt, boolean secret) {
        StringBuilder text = new StringBuilder();
        while (true) {
            TextGraphics g = frame(prompt, "Enter accept · Esc cancel");
            String echo = secret ? "*".repeat(text.length()) : text.toString();
            g.putString(2, 2, "> " + echo);
            show(new TerminalPosition(4 + Table.width(echo), 2));
            KeyStroke key = read();
            switch (key.getKeyType()) {
                case Escape -> throw new Cancelled();
                case Enter -> {
                    return text.toString().trim();
                }
                case Backspace -> {
                    if (text.length() > 0) {
                        text.deleteCharAt(text.length() - 1);
                    }
                }
                case Character -> text.append(key.getCharacter());
                default -> { }
            }
        }
    }

    String ask(String prompt) {
        return ask(prompt, false);
    }

    boolean confirm(String question) {
        return choose(question, List.of("Yes", "No")).equals("Yes");
    }

    /** Several items: Space toggles, Enter accepts (nothing ticked gives an empty list), Esc cancels. */
    List<String> chooseMany(String title, List<String> items) {
        Set<Integer> ticked = new LinkedHashSet<>();
        int selected = 0;
        while (true) {
            TextGraphics g = frame(title, "Space tick · Enter accept · ↑↓ move · Esc cancel");
            for (int i = 0; i < items.size(); i++) {
                String line = (ticked.contains(i) ? "[x] " : "[ ] ") + items.get(i);
                if (i == selected) {
                    g.putString(2, 2 + i, line, SGR.REVERSE);
                } else {
                    g.putString(2, 2 + i, line);
                }
            }
            show(null);
            KeyStroke key = read();
            switch (key.getKeyType()) {
                case Escape -> throw new Cancelled();
                case Enter -> {
                    List<String> chosen = new ArrayList<>();
                    for (int i = 0; i < items.size(); i++) {
                        if (ticked.contains(i)) {
                            chosen.add(items.get(i));
                        }
                    }
                    return chosen;
                }
                case ArrowUp -> selected = Math.max(0, selected - 1);
                case ArrowDown -> selected = Math.min(items.size() - 1, selected + 1);
                case Character -> {
                    if (key.getCharacter() == ' ' && !ticked.remove(selected)) {
                        ticked.add(selected);
                    }
                }
                default -> { }
            }
        }
    }

    /** Read-only text, scrolled with arrows and PgUp/PgDn; Esc, Enter or q go back. */
    void text(String title, String body) {
        List<String> lines = List.of(body.split("\n", -1));
        int top = 0;
        int left = 0;
        while (true) {
            TextGraphics g = frame(title, "↑↓←→ PgUp PgDn scroll · Esc/Enter back");
            int rows = size().getRows() - 4;
            for (int i = top; i < lines.size() && i - top < rows; i++) {
                String line = lines.get(i);
                g.putString(1, 2 + i - top, left < line.length() ? line.substring(left) : "");
            }
            show(null);
            KeyStroke key = read();
            switch (key.getKeyType()) {
                case Escape, Enter -> {
                    return;
                }
                case ArrowDown -> top = Math.min(Math.max(0, lines.size() - rows), top + 1);
                case ArrowUp -> top = Math.max(0, top - 1);
                case PageDown -> top = Math.min(Math.max(0, lines.size() - rows), top + rows);
                case PageUp -> top = Math.max(0, top - rows);
                case ArrowRight -> left += 8;
                case ArrowLeft -> left = Math.max(0, left - 8);
                case Character -> {
                    if (key.getCharacter() == 'q') {
                        return;
                    }
                }
                default -> { }
            }
        }
    }

    /** Runs slow work off the UI thread while a spinner and the message show. */
    <T> T busy(String message, Supplier<T> work) {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(work);
        for (int tick = 0; ; tick++) {
            TextGraphics g = frame(message, "Please wait");
            g.putString(2, 2, SPINNER.charAt(tick % SPINNER.length()) + " " + message);
            show(null);
            try {
                return result.get(150, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running: draw the next frame
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Cancelled();
            }
        }
    }

    private TextGraphics frame(String title, String hint) {
        screen.doResizeIfNecessary();
        screen.clear();
        TextGraphics g = screen.newTextGraphics();
        String head = String.format("%-30s%-50s", breadcrumbs, status);
        g.putString(0, 0, head, SGR.BOLD);
        g.putString(0, 1, title, SGR.BOLD);
        g.putString(0, size().getRows() - 1, hint);
        return g;
    }

    private TerminalSize size() {
        return screen.getTerminalSize();
    }

    private void show(TerminalPosition cursor) {
        screen.setCursorPosition(cursor);
        try {
            screen.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private KeyStroke read() {
        try {
            KeyStroke key = screen.readInput();
            if (key == null || key.getKeyType() == KeyType.EOF) {
                throw new Closed();
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terminal went away: leave the program. */
    static final class Closed extends RuntimeException {
        Closed() {
            super("terminal closed", null, false, false);
        }
    }
}
