package com.tari.tps.server.db;

/**
 * An exclusive claim on some work, shared by every server instance on the store: on PostgreSQL a session advisory
 * lock (released when closed, and by PostgreSQL itself when the holding instance dies and its connection drops); on
 * SQLite, which one process serves, an in-process claim. Closing it twice is harmless.
 */
public interface StoreLock extends AutoCloseable {
    /** What each lock key is for, in one place so that two kinds of work never share a key. */
    final class Keys {
        private Keys() {}

        /** The expiry worker's pass. */
        public static final long EXPIRY = 0x7470_7300_0000_0001L;
        /** Every write shares it; one that lost a serialization conflict takes it alone ({@link SerializableWrites}). */
        static final long WRITES = 0x7470_7300_0000_0002L;
        /** Numbering the shared event log's rows in commit order. */
        public static final long EVENT_LOG = 0x7470_7300_0000_0003L;
        private static final long OUTBOX = 0x7470_7301_0000_0000L;

        /** One Shopify callback of the outbox, while an instance delivers it. */
        public static long outboxEntry(long id) {
            if (id < 0 || id > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("outbox id out of range for a lock key: " + id);
            }
            return OUTBOX | id;
        }
    }

    @Override
    void close();
}
