package com.tari.tps.taritools.display;

import com.googlecode.lanterna.TerminalTextUtils;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * How much room text takes on a terminal, and whether the terminal can draw emoji at all.
 * <p>
 * Lanterna counts a code point outside the BMP as two columns but the four emoji of the Tari alphabet that live in
 * the BMP (⭐ ⚽ ➕ ⏰) as one, while terminals draw them two wide; {@link #width} counts every emoji as two so emoji
 * ids line up in tables. Lanterna's own {@code putString} turns any surrogate pair into {@code ?}, which is why the
 * menus draw code point by code point.
 */
public final class TerminalText {
    private TerminalText() {}

    /** Terminal columns the text takes. */
    public static int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            columns += columns(cp);
            i += Character.charCount(cp);
        }
        return columns;
    }

    /** Columns one code point takes: 2 for emoji and CJK, 0 for combining marks and joiners, else 1. */
    public static int columns(int codePoint) {
        if (isWideEmoji(codePoint)) {
            return 2;
        }
        if (codePoint == 0x200D || codePoint == 0xFE0F || codePoint == 0xFE0E
                || Character.getType(codePoint) == Character.NON_SPACING_MARK) {
            return 0;
        }
        return Character.isBmpCodePoint(codePoint) ? TerminalTextUtils.getColumnWidth(String.valueOf((char) codePoint)) : 1;
    }

    /** Emoji a terminal draws two columns wide (the Tari alphabet is all of this kind). */
    public static boolean isWideEmoji(int codePoint) {
        return codePoint >= 0x1F000 && codePoint <= 0x1FAFF
                || codePoint == 0x2B50 || codePoint == 0x26BD || codePoint == 0x2795 || codePoint == 0x23F0
                || codePoint >= 0x231A && codePoint <= 0x231B || codePoint >= 0x23E9 && codePoint <= 0x23EC
                || codePoint >= 0x2614 && codePoint <= 0x2615 || codePoint >= 0x2648 && codePoint <= 0x2653
                || codePoint == 0x26A1 || codePoint == 0x26C4 || codePoint == 0x26C5 || codePoint == 0x26D4
                || codePoint == 0x26EA || codePoint >= 0x26F2 && codePoint <= 0x26F5 || codePoint == 0x26FA
                || codePoint == 0x26FD || codePoint == 0x2705 || codePoint >= 0x270A && codePoint <= 0x270B
                || codePoint == 0x2728 || codePoint == 0x274C || codePoint == 0x2753 || codePoint == 0x2757
                || codePoint >= 0x2796 && codePoint <= 0x2797 || codePoint == 0x27B0 || codePoint == 0x2B1B
                || codePoint == 0x2B1C || codePoint == 0x2B55;
    }

    /**
     * Whether emoji ids should be drawn. {@code TARITOOLS_EMOJI} decides when set ({@code on}/{@code off}); otherwise
     * the terminal must take UTF-8 (a {@code C}/{@code POSIX} locale gives US-ASCII, where every emoji turns into
     * {@code ?}) and must not be the Linux text console, which has no emoji glyphs.
     */
    public static boolean emojiDrawable(Optional<String> setting, Charset terminalCharset, Optional<String> term) {
        if (setting.isPresent() && !setting.get().isBlank() && !setting.get().equalsIgnoreCase("auto")) {
            String s = setting.get().trim().toLowerCase(Locale.ROOT);
            return s.equals("on") || s.equals("yes") || s.equals("true") || s.equals("1");
        }
        String t = term.orElse("");
        return terminalCharset.newEncoder().canEncode("\uD83D\uDC22") && !t.equals("linux") && !t.equals("dumb");
    }
}
