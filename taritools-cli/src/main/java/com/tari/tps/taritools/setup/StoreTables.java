package com.tari.tps.taritools.setup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The payment server's tables in a store, as the store's own JDBC metadata describes them (so a table added by a later
 * migration is copied without this code knowing it): their columns, primary keys, and the order in which foreign keys
 * let them be filled. Flyway's history is left out: each store keeps its own. Names are lower case on both stores.
 */
record StoreTables(List<Table> inFillOrder) {
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** A column and the JDBC type its store declares, which decides how a value is bound into it. */
    record Column(String name, int jdbcType, String typeName) {
        boolean isBoolean() {
            return jdbcType == Types.BOOLEAN || jdbcType == Types.BIT || typeName.startsWith("bool");
        }

        boolean isInteger() {
            return jdbcType == Types.BIGINT || jdbcType == Types.INTEGER || jdbcType == Types.SMALLINT || jdbcType == Types.TINYINT
                    || typeName.equals("int8") || typeName.equals("int4") || typeName.equals("integer") || typeName.equals("bigint");
        }

        boolean isText() {
            return jdbcType == Types.VARCHAR || jdbcType == Types.LONGVARCHAR || jdbcType == Types.CHAR || jdbcType == Types.NVARCHAR
                    || typeName.equals("text") || typeName.startsWith("varchar");
        }
    }

    /** @param references the other tables this one's foreign keys point at */
    record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> references) {
        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }

        Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    /** Reads the tables of the connection's schema (PostgreSQL: the current schema; SQLite: the main database). */
    static StoreTables of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        // SQLite has one schema per file and its driver matches none by name; PostgreSQL's tables are in the current one.
        String schema = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite") ? null : connection.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.startsWith("sqlite_") && !lower.equals(FLYWAY_HISTORY)) {
                    tables.put(lower, describe(meta, schema, name));
                }
            }
        }
        return new StoreTables(fillOrder(tables));
    }

    private static Table describe(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(null, schema, table, "%")) {
            while (rows.next()) {
                columns.add(new Column(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rows.getInt("DATA_TYPE"),
                        String.valueOf(rows.getString("TYPE_NAME")).toLowerCase(Locale.ROOT)));
            }
        }
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        Set<String> references = new TreeSet<>();
        try (ResultSet rows = meta.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                references.add(rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        String name = table.toLowerCase(Locale.ROOT);
        references.remove(name);
        return new Table(name, List.copyOf(columns), List.copyOf(key.values()), references);
    }

    /** Every table after the tables it references, alphabetical where foreign keys leave the order free. */
    private static List<Table> fillOrder(Map<String, Table> tables) {
        Map<String, Table> placed = new LinkedHashMap<>();
        while (placed.size() < tables.size()) {
            Table next = tables.values().stream()
                    .filter(t -> !placed.containsKey(t.name()))
                    .filter(t -> t.references().stream().allMatch(r -> placed.containsKey(r) || !tables.containsKey(r)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the store's foreign keys form a cycle; cannot order the copy"));
            placed.put(next.name(), next);
        }
        return List.copyOf(placed.values());
    }

    Optional<Table> table(String name) {
        return inFillOrder.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    Set<String> names() {
        Set<String> names = new TreeSet<>();
        inFillOrder.forEach(t -> names.add(t.name()));
        return names;
    }
}
