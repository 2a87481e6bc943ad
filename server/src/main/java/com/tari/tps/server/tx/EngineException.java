package com.tari.tps.server.tx;

import java.util.Optional;

/**
 * A request the engine refuses. Each subclass is one kind of refusal so the HTTP layer can map it to a status. The
 * message is the fixed text clients of the original server match on (it never names a record); {@link #detail()} says
 * what exactly was refused, for people. Neither holds secrets or SQL.
 */
public abstract class EngineException extends RuntimeException {
    private final String detail;

    protected EngineException(String message, String detail) {
        super(message);
        this.detail = detail;
    }

    /** The specific case, e.g. "order 1002 is Paid"; empty when the message says it all. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** An order, payment, wallet or other record does not exist (404). */
    public static class NotFound extends EngineException {
        public NotFound(String what) {
            super("The data was not found. " + what, null);
        }
    }

    /** The order named by a request does not exist (404), in the original server's words. */
    public static final class OrderNotFound extends NotFound {
        public OrderNotFound(String orderId) {
            super("The requested order " + orderId + " does not exist");
        }
    }

    /** A duplicate that cannot be idempotent, or a claim on a final order (409). */
    public static final class Conflict extends EngineException {
        public Conflict(String message) {
            super(message, null);
        }
    }

    /** A signature (claim, wallet) does not verify (401). */
    public static final class InvalidSignature extends EngineException {
        public InvalidSignature(String message) {
            super(message, null);
        }
    }

    /** A business rule refused the change (400); the message starts "Cannot complete this request." */
    public static class Refused extends EngineException {
        public Refused(String reason) {
            this(reason, null);
        }

        protected Refused(String reason, String detail) {
            super("Cannot complete this request. " + reason, detail);
        }
    }

    /** An order change its state does not allow: a final order, a negative price (400). */
    public static final class ForbiddenChange extends Refused {
        public ForbiddenChange(String detail) {
            super("The requested order change is forbidden.", detail);
        }
    }

    /** An order change that would change nothing (400). */
    public static final class NoOpChange extends Refused {
        public NoOpChange(String detail) {
            super("The requested order change would result in a no-op.", detail);
        }
    }

    /** An account's funds do not cover what was asked (400). */
    public static final class InsufficientFunds extends Refused {
        public InsufficientFunds(String detail) {
            super("Insufficient funds to complete the transaction", detail);
        }
    }

    /** An order priced in a currency that has no exchange rate yet (400; storefront orders are kept until it has). */
    public static final class MissingRate extends EngineException {
        private final String currency;

        public MissingRate(String currency) {
            super("Cannot complete this request. Unsupported currency: no exchange rate for " + currency + ".", null);
            this.currency = currency;
        }

        public String currency() {
            return currency;
        }
    }

    /** A nonce that does not strictly increase (401). */
    public static final class StaleNonce extends EngineException {
        public StaleNonce(String message) {
            super(message, null);
        }
    }
}
