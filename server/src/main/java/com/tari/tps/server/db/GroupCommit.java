package com.tari.tps.server.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of the store. Write operations wait in a bounded queue; the writer takes whatever is waiting (at
 * least one, at most {@code maxBatch}, never sleeping for more to arrive), runs each inside its own SAVEPOINT of one
 * transaction, and commits them with a single durable fsync. Only after that commit does any caller get its answer,
 * so an answer still means "on disk". An operation that fails is rolled back to its savepoint alone and its caller
 * gets its own exception; the others in the batch are unaffected. When the queue is full, a caller is refused at once
 * ({@link WriteQueueFull}) rather than memory growing without bound.
 */
final class GroupCommit implements Writes {
    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private record Op<R>(Function<Handle, R> work, CompletableFuture<R> done) {}

    private final Jdbi jdbi;
    private final int maxBatch;
    private final CommitObserver observer;
    private final BlockingQueue<Op<?>> queue;
    private final ThreadLocal<Handle> writing = new ThreadLocal<>();
    private final Thread thread;
    private volatile boolean closed;
    private Handle handle;

    GroupCommit(Jdbi jdbi, int queueCapacity, int maxBatch) {
        this(jdbi, queueCapacity, maxBatch, CommitObserver.NONE);
    }

    GroupCommit(Jdbi jdbi, int queueCapacity, int maxBatch, CommitObserver observer) {
        this.jdbi = jdbi;
        this.maxBatch = maxBatch;
        this.observer = observer;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::run, "store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public <R> R write(Function<Handle, R> work) {
        Handle current = writing.get();
        if (current != null) {
            return nested(current, work);
        }
        Op<R> op = new Op<>(work, new CompletableFuture<>());
        if (closed || !queue.offer(op)) {
            throw new WriteQueueFull();
        }
        try {
            return op.done().get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // The operation may still commit; the caller cannot know, exactly as with a lost answer.
            throw new IllegalStateException("interrupted while waiting for the store", e);
        }
    }

    /** A write from inside a write (same thread, same transaction): its own savepoint, no new batch. */
    private static <R> R nested(Handle handle, Function<Handle, R> work) {
        try {
            return inSavepoint(handle, "nested", work);
        } catch (OperationFailed e) {
            throw rethrow(e.getCause());
        }
    }

    /**
     * Runs the work inside a savepoint, undoing exactly its changes when it throws. Plain SQL rather than Jdbi's
     * savepoint calls, whose bookkeeping forgets a savepoint once rolled back to.
     */
    private static <R> R inSavepoint(Handle h, String name, Function<Handle, R> work) {
        Savepoints.set(h, name);
        R result;
        try {
            result = work.apply(h);
        } catch (RuntimeException | Error e) {
            Savepoints.undo(h, name);
            throw new OperationFailed(e);
        }
        Savepoints.release(h, name);
        return result;
    }

    /** The operation's own failure, as opposed to the store's. */
    private static final class OperationFailed extends RuntimeException {
        OperationFailed(Throwable cause) {
            super(cause);
        }
    }

    private void run() {
        List<Op<?>> batch = new ArrayList<>(maxBatch);
        while (!closed) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, maxBatch - 1);
            commit(batch);
            batch.clear();
        }
        WriteQueueFull closing = new WriteQueueFull();
        for (Op<?> left; (left = queue.poll()) != null; ) {
            left.done().completeExceptionally(closing);
        }
    }

    private void commit(List<Op<?>> batch) {
        Object[] results = new Object[batch.size()];
        Throwable[] failures = new Throwable[batch.size()];
        long started = System.nanoTime();
        try {
            Handle h = handle();
            h.begin();
            writing.set(h);
            try {
                for (int i = 0; i < batch.size(); i++) {
                    try {
                        results[i] = inSavepoint(h, "op", batch.get(i).work());
                    } catch (OperationFailed e) {
                        failures[i] = e.getCause();
                    }
                }
            } finally {
                writing.remove();
            }
            h.commit();
        } catch (RuntimeException | Error e) {
            // The batch as a whole did not commit: nothing in it happened, and every caller is told so.
            log.error("A write batch of {} operation(s) failed to commit", batch.size(), e);
            discardHandle();
            for (Op<?> op : batch) {
                op.done().completeExceptionally(e);
            }
            observe(batch.size(), System.nanoTime() - started, false);
            return;
        }
        long took = System.nanoTime() - started;
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), results[i], failures[i]);
        }
        observe(batch.size(), took, true);
    }

    /** A failing observer must not stop the writer: its callers would wait for ever. */
    private void observe(int operations, long nanos, boolean committed) {
        try {
            observer.batch(operations, nanos, committed);
        } catch (RuntimeException e) {
            log.warn("The write-batch observer failed: {}", e.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> void complete(Op<R> op, Object result, Throwable failure) {
        if (failure != null) {
            op.done().completeExceptionally(failure);
        } else {
            op.done().complete((R) result);
        }
    }

    private Handle handle() {
        if (handle == null) {
            handle = jdbi.open();
        }
        return handle;
    }

    private void discardHandle() {
        if (handle != null) {
            try {
                if (handle.isInTransaction()) {
                    handle.rollback();
                }
                handle.close();
            } catch (RuntimeException ignored) {
                // the connection is broken anyway; a new one is opened for the next batch
            }
            handle = null;
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new CompletionException(cause);
    }

    /** Stops taking writes; those already waiting are refused. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
