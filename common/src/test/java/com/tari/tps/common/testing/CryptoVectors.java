package com.tari.tps.common.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the vector file vectors/crypto_vectors.md in common's test resources so tests use the vectors exactly as
 * written there instead of hand-copied strings.
 */
public final class CryptoVectors {
    private static final Pattern FIELD = Pattern.compile("^\\* \\*\\*([A-Za-z0-9_]+)\\*\\*: `(.*)`\\s*$");
    private static final List<String> LINES = load();

    private CryptoVectors() {}

    /** The "* **key**: `value`" fields of each "### &lt;prefix&gt;…" section, keyed by the heading after "### ". */
    public static Map<String, Map<String, String>> fieldSections(String headingPrefix) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : LINES) {
            if (line.startsWith("#")) {
                current = null;
                if (line.startsWith("### " + headingPrefix)) {
                    current = new LinkedHashMap<>();
                    sections.put(line.substring(4).trim(), current);
                }
                continue;
            }
            Matcher m = FIELD.matcher(line);
            if (current != null && m.matches()) {
                current.put(m.group(1), m.group(2));
            }
        }
        return sections;
    }

    /** The data rows of the first table under the heading that starts with the given text; cells unquoted. */
    public static List<List<String>> table(String headingPrefix) {
        List<List<String>> rows = new ArrayList<>();
        boolean inSection = false;
        boolean headerSkipped = false;
        for (String line : LINES) {
            if (line.startsWith("#")) {
                if (inSection && !rows.isEmpty()) {
                    break;
                }
                inSection = line.replaceFirst("^#+\\s*", "").startsWith(headingPrefix);
                continue;
            }
            if (!inSection || !line.startsWith("|")) {
                if (inSection && !rows.isEmpty()) {
                    break;
                }
                continue;
            }
            if (line.matches("^\\|[-| :]+\\|\\s*$")) {
                headerSkipped = true;
                continue;
            }
            if (!headerSkipped) {
                continue; // the header row
            }
            List<String> cells = new ArrayList<>();
            String[] parts = line.trim().split("(?<!\\\\)\\|", -1);
            for (int i = 1; i < parts.length - 1; i++) {
                cells.add(unquote(parts[i].trim()));
            }
            rows.add(cells);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no table under heading " + headingPrefix);
        }
        return rows;
    }

    /** Removes surrounding backticks and bold marks: "`abc`" → "abc". */
    public static String unquote(String cell) {
        String s = cell.replace("**", "").trim();
        if (s.startsWith("`") && s.indexOf('`', 1) > 0) {
            return s.substring(1, s.indexOf('`', 1));
        }
        return s;
    }

    public static List<String> lines() {
        return LINES;
    }

    private static List<String> load() {
        try (InputStream in = CryptoVectors.class.getResourceAsStream("/vectors/crypto_vectors.md")) {
            if (in == null) {
                throw new IllegalStateException("test resource vectors/crypto_vectors.md is missing");
            }
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
