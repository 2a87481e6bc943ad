package com.tari.tps.server.tx;

/**
 * Something a transaction makes true, to be told once it commits ({@link Tx#publishAfterCommit}). The engine's events
 * are its facts; this package knows them only by this name, so it depends on nothing but the store.
 */
public interface Fact {}
