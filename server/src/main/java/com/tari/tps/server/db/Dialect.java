package com.tari.tps.server.db;

/** The SQL a store speaks. Nearly every statement is the same on both; the few that differ ask this. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** The folder of versioned migrations for this dialect (same version numbers in each). */
    String migrations() {
        return migrations;
    }
}
