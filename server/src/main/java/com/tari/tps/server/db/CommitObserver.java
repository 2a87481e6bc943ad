package com.tari.tps.server.db;

/**
 * Told of every batch the store's writer committed or lost, for metrics. Called on the writer's thread after the
 * batch's callers were answered, so it must be quick and must not write to the store.
 */
public interface CommitObserver {
    CommitObserver NONE = (operations, nanos, committed) -> {};

    /**
     * @param operations how many write operations the batch held
     * @param nanos      from the batch's BEGIN to its COMMIT (or failure), fsync included
     * @param committed  false when the whole batch failed to commit
     */
    void batch(int operations, long nanos, boolean committed);
}
