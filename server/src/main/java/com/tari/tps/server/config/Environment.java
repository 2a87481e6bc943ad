package com.tari.tps.server.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed reads of {@code TPG_*} settings. Every malformed value is an error that names the variable; blank counts as
 * unset. Booleans are parsed one way everywhere: true/yes/on/1 and false/no/off/0, any case.
 */
public final class Environment {
    private static final Pattern DURATION = Pattern.compile("^(\\d+)\\s*(ms|s|m|h|d)?$");

    private final Function<String, String> source;

    public Environment(Function<String, String> source) {
        this.source = source;
    }

    /** The process environment over the {@code .env} file of the working directory (the environment wins). */
    public static Environment system() {
        return new Environment(DotEnv.overlay(System::getenv, DotEnv.read(java.nio.file.Path.of(".env"))));
    }

    public Optional<String> get(String name) {
        String value = source.apply(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public boolean flag(String name, boolean fallback) {
        return get(name).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException(name + " must be true or false, got '" + v + "'");
        }).orElse(fallback);
    }

    public int positiveInt(String name, int fallback) {
        return get(name).map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new ConfigException(name + " must be a whole number above 0, got '" + v + "'");
        }).orElse(fallback);
    }

    public int port(String name, int fallback) {
        return get(name).map(v -> {
            try {
                int port = Integer.parseInt(v);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new ConfigException(name + " must be a port number from 0 to 65535, got '" + v + "'");
        }).orElse(fallback);
    }

    /**
     * A listening address {@code host:port} ({@code [::1]:9100} for IPv6); unset is empty. The host is kept as written
     * (not looked up here), so a name that does not resolve fails when the listener binds, naming the address.
     */
    public Optional<HostPort> hostPort(String name) {
        return get(name).map(v -> {
            int colon = v.lastIndexOf(':');
            String host = colon > 0 ? v.substring(0, colon) : "";
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            if (!host.isBlank() && !host.contains(" ") && (host.indexOf(':') < 0 || v.startsWith("["))) {
                try {
                    int port = Integer.parseInt(v.substring(colon + 1));
                    if (port >= 0 && port <= 65535) {
                        return new HostPort(host, port);
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
            }
            throw new ConfigException(name + " must be host:port such as 127.0.0.1:9100 or [::1]:9100, got '" + v + "'");
        });
    }

    /** A host (name or IP literal, without brackets) and a port, 0 meaning any free one. */
    public record HostPort(String host, int port) {
        @Override
        public String toString() {
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** A plain number means hours (as the Rust server reads it); also 90s, 15m, 2h, 1d, 500ms or ISO-8601 (PT90S). */
    public Duration duration(String name, Duration fallback) {
        return get(name).map(v -> {
            Matcher m = DURATION.matcher(v.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "h" : m.group(2);
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofHours(n);
                };
            }
            try {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new ConfigException(name + " must be a duration such as 2 (hours), 90s, 15m, 2h or PT90S, got '" + v + "'");
            }
        }).orElse(fallback);
    }

    /** A setting that cannot be used; the message names the variable. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
