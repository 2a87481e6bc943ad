package com.tari.tps.server.payments;

import com.fasterxml.jackson.annotation.JsonValue;

/** How funds arrived: on chain through the hot wallet, or as a manual credit note. */
public enum PaymentType {
    ON_CHAIN("OnChain", "on_chain"), MANUAL("Manual", "manual");

    private final String dbName;
    private final String wireName;

    PaymentType(String dbName, String wireName) {
        this.dbName = dbName;
        this.wireName = wireName;
    }

    public String dbName() {
        return dbName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static PaymentType fromDb(String name) {
        for (PaymentType t : values()) {
            if (t.dbName.equals(name)) {
                return t;
            }
        }
        throw new IllegalStateException("unknown payment type in database: " + name);
    }
}
