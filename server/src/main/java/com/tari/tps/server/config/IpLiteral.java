package com.tari.tps.server.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals in one canonical text form: dotted IPv4, RFC 5952 compressed IPv6. Never resolves a host name.
 */
public final class IpLiteral {
    private static final Pattern IPV4 = Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");
    private static final Pattern IPV6_CHARS = Pattern.compile("^[0-9a-fA-F:.]+$");

    private IpLiteral() {}

    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (IPV4.matcher(s).matches()) {
            return Optional.of(s);
        }
        if (!s.contains(":") || !IPV6_CHARS.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(s).getAddress(); // a literal: no lookup happens
            if (bytes.length == 4) {
                return Optional.of(InetAddress.getByAddress(bytes).getHostAddress());
            }
            return Optional.of(compress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** RFC 5952: lowercase, no leading zeros, the longest run (≥ 2) of zero groups as "::". */
    private static String compress(byte[] b) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLen - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
