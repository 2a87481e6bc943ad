package com.tari.tps.server.db;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/** How a store runs write operations: each atomic, durable once it returns, a failing one changing nothing. */
interface Writes extends AutoCloseable {
    <R> R write(Function<Handle, R> work);

    @Override
    void close();
}
