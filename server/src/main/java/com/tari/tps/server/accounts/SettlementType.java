package com.tari.tps.server.accounts;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether one address paid the whole order or several shared it. */
public enum SettlementType {
    MULTIPLE("Multiple"), SINGLE("Single");

    private final String dbName;

    SettlementType(String dbName) {
        this.dbName = dbName;
    }

    public String dbName() {
        return dbName;
    }

    @JsonValue
    public String wireName() {
        return dbName.toLowerCase(java.util.Locale.ROOT);
    }

    public static SettlementType fromDb(String name) {
        return name.equals("Single") ? SINGLE : MULTIPLE;
    }
}
