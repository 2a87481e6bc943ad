package com.tari.tps.common.signatures;

/**
 * Writes JSON exactly as serde_json's compact serialiser does, for bytes that get signed: no whitespace, fields in
 * the order written, {@code null} for absent values, and serde_json's escaping: other control
 * characters as a lowercase six-character hex escape, nothing else escaped but the quote and the backslash.
 * Jackson escapes differently, so signed payloads never go through it. Not thread-safe.
 */
public final class CanonicalJson {
    private final StringBuilder out = new StringBuilder("{");
    private boolean first = true;

    public static CanonicalJson object() {
        return new CanonicalJson();
    }

    public CanonicalJson field(String name, String value) {
        key(name);
        if (value == null) {
            out.append("null");
        } else {
            appendString(out, value);
        }
        return this;
    }

    public CanonicalJson field(String name, long value) {
        key(name);
        out.append(value);
        return this;
    }

    /** A value that is already JSON (an object or array written by this class or its peers). */
    public CanonicalJson rawField(String name, String json) {
        key(name);
        out.append(json);
        return this;
    }

    public String build() {
        return out + "}";
    }

    /** A JSON array of strings. */
    public static String stringArray(Iterable<String> values) {
        StringBuilder array = new StringBuilder("[");
        boolean firstItem = true;
        for (String v : values) {
            if (!firstItem) {
                array.append(',');
            }
            appendString(array, v);
            firstItem = false;
        }
        return array.append(']').toString();
    }

    public static String string(String value) {
        StringBuilder sb = new StringBuilder();
        appendString(sb, value);
        return sb.toString();
    }

    private void key(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        appendString(out, name);
        out.append(':');
    }

    private static void appendString(StringBuilder sb, String value) {
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
