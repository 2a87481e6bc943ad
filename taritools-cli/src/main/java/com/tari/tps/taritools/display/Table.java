package com.tari.tps.taritools.display;

import java.util.ArrayList;
import java.util.List;

/**
 * A markdown-like table: {@code | a | b |}, a dashed line under the titles, cells padded to the
 * widest one. Widths are terminal columns, so emoji (two columns each) line up; a cell may span several lines.
 */
public final class Table {
    private final List<String> titles;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... titles) {
        this.titles = List.of(titles);
    }

    public Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public String toString() {
        int[] widths = new int[titles.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(titles.get(c));
            for (List<String> row : rows) {
                for (String line : row.get(c).split("\n", -1)) {
                    widths[c] = Math.max(widths[c], width(line));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, titles, widths);
        out.append('|');
        for (int width : widths) {
            out.append("-".repeat(width + 2)).append('|');
        }
        out.append('\n');
        for (List<String> row : rows) {
            int height = row.stream().mapToInt(cell -> cell.split("\n", -1).length).max().orElse(1);
            for (int l = 0; l < height; l++) {
                List<String> cells = new ArrayList<>();
                for (String cell : row) {
                    String[] lines = cell.split("\n", -1);
                    cells.add(l < lines.length ? lines[l] : "");
                }
                line(out, cells, widths);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            out.append(' ').append(cell).append(" ".repeat(widths[c] - width(cell))).append(" |");
        }
        out.append('\n');
    }

    /** Terminal columns the text takes. */
    public static int width(String text) {
        return TerminalText.width(text);
    }
}
