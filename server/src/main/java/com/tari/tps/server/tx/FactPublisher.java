package com.tari.tps.server.tx;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Where a transaction's facts go: written with the transaction if need be, handed on only after it commits. */
public interface FactPublisher {
    /** Inside the transaction, after its work: commits or rolls back with it. {@code facts} may be empty. */
    void inTransaction(Handle h, List<Fact> facts, Instant now);

    /** After the commit, in the order the work published them; never for a transaction that rolled back. */
    void afterCommit(List<Fact> facts);
}
