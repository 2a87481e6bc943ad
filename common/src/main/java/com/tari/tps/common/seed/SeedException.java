package com.tari.tps.common.seed;

/** Seed words that cannot be turned into a wallet seed; {@link #reason()} says which check failed. */
public class SeedException extends IllegalArgumentException {
    public enum Reason {
        /** Not exactly 24 words. */
        WORD_COUNT,
        /** A word that is not in the English list. */
        UNKNOWN_WORD,
        /** The CRC32 of the decoded bytes does not match: a mistyped or swapped word. */
        CHECKSUM,
        /** The version byte is not the one current wallets write (Tari supports only the newest version). */
        VERSION,
        /** The MAC does not match: a wrong passphrase, or words that happen to pass the CRC but are not a seed. */
        MAC,
        /** Bytes or fields of the wrong length. */
        LENGTH
    }

    private final Reason reason;

    public SeedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
