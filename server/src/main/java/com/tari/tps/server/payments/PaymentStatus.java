package com.tari.tps.server.payments;

import com.fasterxml.jackson.annotation.JsonValue;

/** Transfer states: database spelling {@code Received}, wire spelling {@code received}. */
public enum PaymentStatus {
    RECEIVED("Received"), CONFIRMED("Confirmed"), CANCELLED("Cancelled");

    private final String dbName;

    PaymentStatus(String dbName) {
        this.dbName = dbName;
    }

    public String dbName() {
        return dbName;
    }

    @JsonValue
    public String wireName() {
        return dbName.toLowerCase(java.util.Locale.ROOT);
    }

    public static PaymentStatus fromDb(String name) {
        for (PaymentStatus s : values()) {
            if (s.dbName.equals(name)) {
                return s;
            }
        }
        throw new IllegalStateException("unknown payment status in database: " + name);
    }
}
