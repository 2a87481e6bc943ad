package com.tari.tps.taritools.interactive;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws the text of a terminal screen as a picture, dark theme, for the README. Half and full blocks are painted as
 * rectangles rather than font glyphs, so a QR code on screen is pixel-exact and scans from the picture.
 */
final class TerminalPicture {
    private static final int CELL_WIDTH = 9;
    private static final int CELL_HEIGHT = 18;
    private static final Color BACKGROUND = new Color(0x1e, 0x1e, 0x1e);
    private static final Color TEXT = new Color(0xe0, 0xe0, 0xe0);

    private TerminalPicture() {}

    /** The screen's rows, cut to the text on them (trailing blank rows and columns left out), with a small margin. */
    static BufferedImage of(List<String> rows) {
        int used = rows.size();
        while (used > 0 && rows.get(used - 1).isBlank()) {
            used--;
        }
        int columns = rows.stream().limit(used).mapToInt(r -> r.replaceAll("\\s+$", "").length()).max().orElse(1);
        int margin = CELL_WIDTH * 2;
        BufferedImage image = new BufferedImage(columns * CELL_WIDTH + 2 * margin, used * CELL_HEIGHT + 2 * margin,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 15));
        g.setColor(TEXT);
        int baseline = g.getFontMetrics().getAscent() - (g.getFontMetrics().getHeight() - CELL_HEIGHT) / 2;
        for (int r = 0; r < used; r++) {
            String row = rows.get(r);
            for (int c = 0; c < row.length(); c++) {
                char ch = row.charAt(c);
                int x = margin + c * CELL_WIDTH;
                int y = margin + r * CELL_HEIGHT;
                switch (ch) {
                    case '█' -> g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
                    case '▀' -> g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT / 2);
                    case '▄' -> g.fillRect(x, y + CELL_HEIGHT / 2, CELL_WIDTH, CELL_HEIGHT / 2);
                    case ' ' -> { }
                    default -> g.drawString(String.valueOf(ch), x, y + baseline);
                }
            }
        }
        g.dispose();
        return image;
    }
}
