package com.tari.tps.server.db;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code TPG_DATABASE_URL}, understood: an SQLite file, or a PostgreSQL server. The password is kept apart from
 * everything that can be printed ({@link #display()}, {@link #toString()}), so it never reaches a log or an error.
 */
public sealed interface StoreUrl {

    /** The URL as it may be shown: for PostgreSQL without the password. */
    String display();

    /** An SQLite database file (relative paths are relative to the working directory). */
    record Sqlite(Path file) implements StoreUrl {
        @Override
        public String display() {
            return file.toString();
        }
    }

    /** A PostgreSQL database; {@code jdbcUrl} holds host, port, database and query options, never the credentials. */
    record Postgres(String jdbcUrl, String user, String password, String display) implements StoreUrl {
        @Override
        public String toString() {
            return "Postgres[" + display + "]";
        }
    }

    // user[:password]@ is optional; host may be a bracketed IPv6 literal; the query carries options such as sslmode.
    Pattern POSTGRES = Pattern.compile("(?:postgres|postgresql)://(?:([^:@/]*)(?::([^@/]*))?@)?(\\[[0-9A-Fa-f:.]+]|[^:/?\\[\\]]+)(?::(\\d{1,5}))?/([^?/]+)(\\?.*)?");

    /** @throws IllegalArgumentException for a URL this server cannot use; its message never holds a password */
    static StoreUrl parse(String url) {
        String u = url == null ? "" : url.trim();
        if (u.startsWith("postgres://") || u.startsWith("postgresql://")) {
            return postgres(u);
        }
        return new Sqlite(sqliteFile(u));
    }

    private static Postgres postgres(String u) {
        Matcher m = POSTGRES.matcher(u);
        if (!m.matches()) {
            throw new IllegalArgumentException("TPG_DATABASE_URL must look like postgresql://user:password@host:5432/database"
                    + " (the value given is not shown: it may hold a password)");
        }
        String user = decode(Optional.ofNullable(m.group(1)).orElse(""));
        String password = decode(Optional.ofNullable(m.group(2)).orElse(""));
        String host = m.group(3);
        int port = m.group(4) == null ? 5432 : Integer.parseInt(m.group(4));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("TPG_DATABASE_URL has a port outside 1-65535");
        }
        String database = decode(m.group(5));
        String query = Optional.ofNullable(m.group(6)).orElse("");
        if (query.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException("TPG_DATABASE_URL: put the password before the host (user:password@host), not in the query");
        }
        String jdbc = "jdbc:postgresql://" + host + ":" + port + "/" + m.group(5) + query;
        String shown = "postgresql://" + (user.isEmpty() ? "" : user + (password.isEmpty() ? "" : ":***") + "@") + host + ":" + port + "/" + database + query;
        return new Postgres(jdbc, user, password, shown);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("TPG_DATABASE_URL has a bad %-escape in its user, password or database name");
        }
    }

    private static Path sqliteFile(String u) {
        String path;
        if (u.startsWith("sqlite://")) {
            path = u.substring("sqlite://".length());
        } else if (u.startsWith("jdbc:sqlite:")) {
            path = u.substring("jdbc:sqlite:".length());
        } else if (u.startsWith("sqlite:")) {
            path = u.substring("sqlite:".length());
        } else {
            throw new IllegalArgumentException("TPG_DATABASE_URL must be an SQLite URL such as sqlite://data/tari_store.db"
                    + " or a PostgreSQL URL such as postgresql://user:password@host:5432/tari");
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isBlank() || path.contains(":memory:")) {
            throw new IllegalArgumentException("TPG_DATABASE_URL must name a database file (in-memory databases lose payments)");
        }
        return Path.of(path);
    }
}
