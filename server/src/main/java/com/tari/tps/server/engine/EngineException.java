package com.tari.tps.server.engine;

/**
 * A request the engine refuses. Each subclass is one kind of refusal so the HTTP layer can map it to a status;
 * messages are fit for the user and never hold secrets or SQL.
 */
public abstract class EngineException extends RuntimeException {
    protected EngineException(String message) {
        super(message);
    }

    /** An order, payment, wallet or other record does not exist (404). */
    public static final class NotFound extends EngineException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** A duplicate that cannot be idempotent, or a claim on a final order (409). */
    public static final class Conflict extends EngineException {
        public Conflict(String message) {
            super(message);
        }
    }

    /** A signature (claim, wallet) does not verify (401). */
    public static final class InvalidSignature extends EngineException {
        public InvalidSignature(String message) {
            super(message);
        }
    }

    /** A business rule refused the change: wrong status, no-op, negative price, not enough funds (400). */
    public static final class Refused extends EngineException {
        public Refused(String message) {
            super(message);
        }
    }

    /** An order priced in a currency that has no exchange rate yet (400; storefront orders are kept until it has). */
    public static final class MissingRate extends EngineException {
        private final String currency;

        public MissingRate(String currency) {
            super("Unsupported currency: no exchange rate for " + currency + ".");
            this.currency = currency;
        }

        public String currency() {
            return currency;
        }
    }

    /** A nonce that does not strictly increase (401). */
    public static final class StaleNonce extends EngineException {
        public StaleNonce(String message) {
            super(message);
        }
    }
}
