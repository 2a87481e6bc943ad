package com.tari.tps.taritools.interactive;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.tari.tps.taritools.display.Look;
import com.tari.tps.taritools.display.QrCode;
import com.tari.tps.taritools.display.TerminalText;
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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The few screens the menus need, drawn on a Lanterna {@link Screen}: a header (breadcrumbs and who is logged in), a
 * filter-as-you-type list, a one-line prompt, a multi-select, a scrollable read-only text pane and a busy spinner.
 * Esc in any prompt throws {@link Cancelled}.
 */
final class Ui {
    private static final String SPINNER = "|/-\\";

    private final Screen screen;
    private boolean emoji;
    private boolean darkQr;
    private String breadcrumbs = "Main";
    private String status = "Not logged in";
    private String note = "";

    /** @param emoji whether this terminal can draw emoji; when not, emoji are never sent to it (they would show as ?) */
    Ui(Screen screen, boolean emoji) {
        this.screen = screen;
        this.emoji = emoji;
    }

    /** Whether emoji ids are shown, which starts as what the terminal can draw and the user may switch. */
    boolean emoji() {
        return emoji;
    }

    void emoji(boolean shown) {
        this.emoji = shown;
    }

    /** Whether QR codes are drawn for a dark terminal background (see {@link QrCode#halfBlocks(String, boolean)}). */
    void darkQr(boolean dark) {
        this.darkQr = dark;
    }

    Look look() {
        return new Look(emoji, darkQr);
    }

    String breadcrumbs() {
        return breadcrumbs;
    }

    void header(String breadcrumbs, String status) {
        this.breadcrumbs = breadcrumbs;
        this.status = status;
    }

    /**
     * A message for the next prompt or list to show under its title, once: why the server refused what a wizard sent,
     * shown where the user fixes it.
     */
    void note(String message) {
        this.note = message;
    }

    /** Picks one item; typing filters (case-insensitive substring), arrows move, Enter picks, Esc cancels. */
    String choose(String title, List<String> items) {
        return choose(title, items, "");
    }

    /** As {@link #choose(String, List)}, starting on {@code initial} (the earlier answer when a wizard steps back). */
    String choose(String title, List<String> items, String initial) {
        String filter = "";
        int selected = Math.max(0, items.indexOf(initial));
        String problem = takeNote();
        while (true) {
            String f = filter.toLowerCase(Locale.ROOT);
            List<String> shown = items.stream().filter(i -> i.toLowerCase(Locale.ROOT).contains(f)).toList();
            selected = Math.max(0, Math.min(selected, shown.size() - 1));
            TextGraphics g = frame(title + " (type to filter)", "Enter select · ↑↓ move · Esc back");
            put(g, 2, 2, "> " + filter);
            int first = 3;
            if (!problem.isEmpty()) {
                put(g, 2, 3, problem, SGR.BOLD);
                first = 5;
            }
            int rows = size().getRows() - 2 - first;
            int top = Math.max(0, selected - rows + 1);
            for (int i = top; i < shown.size() && i - top < rows; i++) {
                if (i == selected) {
                    put(g, 2, first + i - top, "» " + shown.get(i), SGR.REVERSE);
                } else {
                    put(g, 2, first + i - top, "  " + shown.get(i));
                }
            }
            if (shown.isEmpty()) {
                put(g, 4, first, "(nothing matches)");
            }
            show(new TerminalPosition(4 + TerminalText.width(filter), 2));
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
        return ask(prompt, secret, "", text -> text);
    }

    String ask(String prompt) {
        return ask(prompt, false);
    }

    /**
     * A line of text read with {@code parse}. When it refuses the text (IllegalArgumentException), its message is shown
     * under the prompt and the text stays for editing: one bad field never throws away the rest of a wizard.
     *
     * @param initial what the field starts with (the earlier answer when a wizard steps back)
     */
    <T> T ask(String prompt, boolean secret, String initial, Function<String, T> parse) {
        StringBuilder text = new StringBuilder(initial);
        String problem = takeNote();
        while (true) {
            TextGraphics g = frame(prompt, "Enter accept · Esc back");
            String echo = secret ? "*".repeat(text.codePointCount(0, text.length())) : text.toString();
            put(g, 2, 2, "> " + echo);
            if (!problem.isEmpty()) {
                put(g, 2, 4, problem, SGR.BOLD);
            }
            show(new TerminalPosition(4 + TerminalText.width(echo), 2));
            KeyStroke key = read();
            switch (key.getKeyType()) {
                case Escape -> throw new Cancelled();
                case Enter -> {
                    try {
                        return parse.apply(text.toString().trim());
                    } catch (IllegalArgumentException e) {
                        problem = "Not accepted: " + e.getMessage() + " (fix it, or Esc to go back)";
                    }
                }
                case Backspace -> {
                    if (text.length() > 0) {
                        text.setLength(text.offsetByCodePoints(text.length(), -1));
                    }
                }
                case Character -> text.append(key.getCharacter());
                default -> { }
            }
        }
    }

    private String takeNote() {
        String taken = note;
        note = "";
        return taken;
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
                    put(g, 2, 2 + i, line, SGR.REVERSE);
                } else {
                    put(g, 2, 2 + i, line);
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
        view(title, body, "↑↓←→ PgUp PgDn scroll · Esc/Enter back", "");
    }

    /** Read-only text a wizard shows before going on: Enter (or q) goes on, Esc goes back a step ({@link Cancelled}). */
    void preview(String title, String body) {
        if (view(title, body, "Enter continue · ↑↓←→ PgUp PgDn scroll · Esc back", "") == ESC) {
            throw new Cancelled();
        }
    }

    /** Pages of text (e.g. 20 orders each): n and p turn the page, Esc/Enter/q go back. Nothing to show: one line. */
    void pages(String title, List<String> pages) {
        if (pages.isEmpty()) {
            text(title, "Nothing found");
            return;
        }
        int page = 0;
        while (true) {
            char key = view(title + " (page " + (page + 1) + " of " + pages.size() + ")", pages.get(page),
                    "n next page · p previous page · ↑↓←→ scroll · Esc/Enter back", "np");
            if (key == 'n') {
                page = Math.min(pages.size() - 1, page + 1);
            } else if (key == 'p') {
                page = Math.max(0, page - 1);
            } else {
                return;
            }
        }
    }

    private static final char ESC = '\u001b';

    /** Shows text until a key of {@code keys} (returned), Esc (returns {@link #ESC}) or Enter/q (returns a newline). */
    private char view(String title, String body, String hint, String keys) {
        List<String> lines = List.of(body.split("\n", -1));
        int top = 0;
        int left = 0;
        while (true) {
            TextGraphics g = frame(title, hint);
            int rows = size().getRows() - 4;
            for (int i = top; i < lines.size() && i - top < rows; i++) {
                put(g, 1, 2 + i - top, skipColumns(lines.get(i), left));
            }
            show(null);
            KeyStroke key = read();
            switch (key.getKeyType()) {
                case Escape -> {
                    return ESC;
                }
                case Enter -> {
                    return '\n';
                }
                case ArrowDown -> top = Math.min(Math.max(0, lines.size() - rows), top + 1);
                case ArrowUp -> top = Math.max(0, top - 1);
                case PageDown -> top = Math.min(Math.max(0, lines.size() - rows), top + rows);
                case PageUp -> top = Math.max(0, top - rows);
                case ArrowRight -> left += 8;
                case ArrowLeft -> left = Math.max(0, left - 8);
                case Character -> {
                    if (key.getCharacter() == 'q') {
                        return '\n';
                    }
                    if (keys.indexOf(key.getCharacter()) >= 0) {
                        return key.getCharacter();
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
            put(g, 2, 2, SPINNER.charAt(tick % SPINNER.length()) + " " + message);
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
        put(g, 0, 0, head, SGR.BOLD);
        put(g, 0, 1, title, SGR.BOLD);
        put(g, 0, size().getRows() - 1, hint);
        return g;
    }

    /**
     * Draws text one code point at a time ({@code putString} would print a surrogate pair as {@code ?}). Emoji take two
     * columns; when this terminal cannot draw them they are replaced by two dots, so the layout holds and no address
     * ever shows as {@code ?} (every address on screen is also given in base58).
     */
    private void put(TextGraphics g, int column, int row, String text, SGR... style) {
        int col = column;
        int width = size().getColumns();
        for (int i = 0; i < text.length() && col < width; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int columns = TerminalText.columns(cp);
            if (columns == 0) {
                continue;
            }
            if (columns == 2 && (!emoji || col + 1 >= width)) {
                g.setCharacter(col++, row, cell('·', style));
                if (col < width) {
                    g.setCharacter(col++, row, cell('·', style));
                }
                continue;
            }
            TextCharacter ch = columns == 2 ? wide(cp, style) : Character.isBmpCodePoint(cp) ? cell((char) cp, style)
                    : TextCharacter.fromString(new String(Character.toChars(cp)), TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, style)[0];
            g.setCharacter(col, row, ch);
            col += columns;
        }
    }

    private static TextCharacter cell(char c, SGR... style) {
        return new TextCharacter(c, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, style);
    }

    /** A two-column emoji; the BMP ones (⭐ ⚽ ➕ ⏰) Lanterna would count as one column, so say they are wide. */
    private static TextCharacter wide(int cp, SGR... style) {
        if (!Character.isBmpCodePoint(cp)) {
            return TextCharacter.fromString(new String(Character.toChars(cp)), TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, style)[0];
        }
        return new TextCharacter((char) cp, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, style) {
            @Override
            public boolean isDoubleWidth() {
                return true;
            }
        };
    }

    /** The text from its {@code columns}-th column on (horizontal scrolling), never splitting a code point. */
    private static String skipColumns(String text, int columns) {
        int skipped = 0;
        int i = 0;
        while (i < text.length() && skipped < columns) {
            int cp = text.codePointAt(i);
            skipped += TerminalText.columns(cp);
            i += Character.charCount(cp);
        }
        return text.substring(i);
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
