package com.tari.tps.server.outbox;

import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.tx.TransactionRunner;
import java.util.List;

/** What admins see of the outbox: callbacks not yet accepted by the storefront, and retrying one now. */
public final class CallbackService {
    private final TransactionRunner runner;

    public CallbackService(TransactionRunner runner) {
        this.runner = runner;
    }

    public List<Callback> unsent() {
        return runner.read(OutboxDao::unsent);
    }

    /** @throws EngineException.NotFound when there is no unsent callback with that id */
    public void retryNow(long id) {
        boolean queued = runner.write(tx -> OutboxDao.retryNow(tx.handle(), id, tx.now()));
        if (!queued) {
            throw new EngineException.NotFound("No unsent callback " + id);
        }
    }
}
