package com.tari.tps.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both dialects' migrations reach one schema: the same tables, columns (type family, nullability), primary keys,
 * unique constraints, foreign keys, check constraints and indexes. A migration added to one folder only, or written
 * differently in the two, fails here.
 */
class PostgresSchemaTest {
    @TempDir
    Path dir;

    @Test
    void sqliteAndPostgresqlMigrationsGiveTheSameSchema() throws Exception {
        String file = dir.resolve("schema.db").toString();
        Database.open("sqlite://" + file).close();
        String url = TestPostgres.shared().newEmptyDatabase();
        Database.open(url).close();
        String name = url.substring(url.lastIndexOf('/') + 1);

        List<String> sqlite;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            sqlite = sqliteSchema(c);
        }
        List<String> postgres;
        try (Connection c = TestPostgres.shared().connect(name)) {
            postgres = postgresSchema(c);
        }
        assertThat(postgres).as("PostgreSQL schema vs SQLite schema").containsExactlyElementsOf(sqlite);
        assertThat(sqlite).contains("column orders.total_price int64 not null", "column orders.id int64 not null", "table payments",
                "fk settlements(order_id) -> orders(order_id)", "check payments 2");
    }

    private static List<String> sqliteSchema(Connection c) throws SQLException {
        TreeSet<String> facts = new TreeSet<>();
        for (String table : list(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                + "AND name <> 'flyway_schema_history'")) {
            facts.add("table " + table);
            List<String> pk = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                while (rs.next()) {
                    // An INTEGER PRIMARY KEY is SQLite's 64-bit row id, never null though the pragma does not say so.
                    boolean rowId = rs.getInt("pk") > 0 && rs.getString("type").equalsIgnoreCase("INTEGER");
                    facts.add("column " + table + "." + rs.getString("name") + " " + (rowId ? "int64" : family(rs.getString("type")))
                            + (rs.getInt("notnull") == 1 || rowId ? " not null" : " null"));
                    if (rs.getInt("pk") > 0) {
                        pk.add(rs.getInt("pk") + ":" + rs.getString("name"));
                    }
                }
            }
            pk.sort(null);
            facts.add("pk " + table + "(" + String.join(",", pk.stream().map(p -> p.substring(p.indexOf(':') + 1)).toList()) + ")");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_list(" + table + ")")) {
                List<String[]> indexes = new ArrayList<>();
                while (rs.next()) {
                    indexes.add(new String[] {rs.getString("name"), rs.getString("unique"), rs.getString("origin")});
                }
                for (String[] index : indexes) {
                    if (index[2].equals("pk")) {
                        continue; // the primary key, listed above
                    }
                    List<String> columns = list(c, "SELECT name FROM pragma_index_info('" + index[0] + "') ORDER BY seqno");
                    facts.add((index[1].equals("1") ? "unique " : "index ") + table + "(" + String.join(",", columns) + ")");
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + table + ")")) {
                while (rs.next()) {
                    facts.add("fk " + table + "(" + rs.getString("from") + ") -> " + rs.getString("table") + "(" + rs.getString("to") + ")");
                }
            }
            String sql = list(c, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'").get(0);
            Matcher checks = Pattern.compile("\\bCHECK\\s*\\(", Pattern.CASE_INSENSITIVE).matcher(sql);
            int count = 0;
            while (checks.find()) {
                count++;
            }
            facts.add("check " + table + " " + count);
        }
        return List.copyOf(facts);
    }

    private static List<String> postgresSchema(Connection c) throws SQLException {
        TreeSet<String> facts = new TreeSet<>();
        for (String table : list(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
            facts.add("table " + table);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT column_name, data_type, is_nullable "
                    + "FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '" + table + "'")) {
                while (rs.next()) {
                    facts.add("column " + table + "." + rs.getString(1) + " " + family(rs.getString(2))
                            + (rs.getString(3).equals("NO") ? " not null" : " null"));
                }
            }
            // Constraint and index columns in their declared order.
            String keyColumns = "SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(%s) WITH ORDINALITY AS k(attnum, ord) "
                    + "JOIN pg_attribute a ON a.attrelid = '" + table + "'::regclass AND a.attnum = k.attnum";
            for (String pk : list(c, "SELECT (" + keyColumns.formatted("con.conkey") + ") FROM pg_constraint con "
                    + "WHERE con.conrelid = '" + table + "'::regclass AND con.contype = 'p'")) {
                facts.add("pk " + table + "(" + pk + ")");
            }
            if (list(c, "SELECT 1 FROM pg_constraint WHERE conrelid = '" + table + "'::regclass AND contype = 'p'").isEmpty()) {
                facts.add("pk " + table + "()");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT i.indisunique, (" + keyColumns.formatted("i.indkey::int2[]")
                    + ") FROM pg_index i WHERE i.indrelid = '" + table + "'::regclass AND NOT i.indisprimary")) {
                while (rs.next()) {
                    facts.add((rs.getBoolean(1) ? "unique " : "index ") + table + "(" + rs.getString(2) + ")");
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (" + keyColumns.formatted("con.conkey")
                    + "), con.confrelid::regclass::text, (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.confkey) "
                    + "WITH ORDINALITY AS k(attnum, ord) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) "
                    + "FROM pg_constraint con WHERE con.conrelid = '" + table + "'::regclass AND con.contype = 'f'")) {
                while (rs.next()) {
                    facts.add("fk " + table + "(" + rs.getString(1) + ") -> " + rs.getString(2) + "(" + rs.getString(3) + ")");
                }
            }
            facts.add("check " + table + " " + list(c, "SELECT count(*) FROM pg_constraint WHERE conrelid = '" + table
                    + "'::regclass AND contype = 'c'").get(0));
        }
        return List.copyOf(facts);
    }

    /**
     * Types by what they hold: SQLite's declared names and PostgreSQL's data types map onto the same few, keeping
     * 64-bit integers (money) apart from 32-bit ones.
     */
    private static String family(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.equals("bigint")) {
            return "int64";
        }
        if (t.contains("int")) {
            return "int32";
        }
        if (t.contains("bool")) {
            return "boolean";
        }
        if (t.contains("text") || t.contains("char")) {
            return "text";
        }
        return t;
    }

    private static List<String> list(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
