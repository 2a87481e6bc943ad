package com.tari.tps.server.expiry;

/** Told of every scheduled expiry pass, for metrics. Called on the worker's thread: must be quick. */
public interface ExpiryRuns {
    ExpiryRuns NONE = new ExpiryRuns() {
        @Override
        public void ran(int expired, long nanos) {}

        @Override
        public void failed(long nanos) {}
    };

    /** A pass finished and expired this many orders. */
    void ran(int expired, long nanos);

    /** A pass threw (it is logged and the next one still comes). */
    void failed(long nanos);
}
