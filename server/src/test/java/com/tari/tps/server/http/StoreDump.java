package com.tari.tps.server.http;

import com.tari.tps.server.db.Database;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every row of every table of the store (Flyway's own history aside), in a stable order, for before/after checks. */
final class StoreDump {
    private StoreDump() {}

    static Map<String, List<Map<String, Object>>> of(Database database) {
        return database.read(h -> {
            Map<String, List<Map<String, Object>>> dump = new TreeMap<>();
            List<String> tables = h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'flyway_%' ORDER BY name").mapTo(String.class).list();
            for (String table : tables) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Map<String, Object> row : h.createQuery("SELECT * FROM \"" + table + "\"").mapToMap().list()) {
                    rows.add(new TreeMap<>(row));
                }
                rows.sort(Comparator.comparing(Object::toString));
                dump.put(table, rows);
            }
            return dump;
        });
    }
}
