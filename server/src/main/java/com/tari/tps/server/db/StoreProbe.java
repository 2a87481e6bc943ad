package com.tari.tps.server.db;

import org.jdbi.v3.core.Handle;

/** The cheapest statement the store answers, for health checks. */
public final class StoreProbe {
    private StoreProbe() {}

    /** True when the store ran {@code SELECT 1}; a store that cannot answer throws instead. */
    public static boolean answers(Handle h) {
        return h.createQuery("SELECT 1").mapTo(Integer.class).one() == 1;
    }
}
