package com.tari.tps.server.paylinks;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.tx.EngineException;
import com.tari.tps.server.tx.TransactionRunner;
import com.tari.tps.server.orders.NewOrder;
import com.tari.tps.server.orders.Order;
import com.tari.tps.server.orders.lifecycle.OrderService;
import com.tari.tps.server.orders.StoreOrder;
import com.tari.tps.server.rates.ExchangeRateService;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Payment links: an admin creates a form, buyers fill what it leaves open, and each submission becomes an order
 * through the engine's order service (fresh order id, generated external id kept as the order's alt id), payable
 * until the form's expiry. Thread-safe.
 */
public final class PaymentLinks {
    private static final int FORM_ID_BYTES = 16;
    private static final int ORDER_ID_BYTES = 12;

    private final TransactionRunner runner;
    private final OrderService orders;
    private final ExchangeRateService rates;
    private final SecureRandom random;

    public PaymentLinks(TransactionRunner runner, OrderService orders, ExchangeRateService rates, SecureRandom random) {
        this.runner = runner;
        this.orders = orders;
        this.rates = rates;
        this.random = random;
    }

    /** A link that can no longer be used (410). */
    public static final class Disabled extends RuntimeException {
        public Disabled(String formId) {
            super("Payment link " + formId + " has been disabled by the shop and no longer takes payments.");
        }
    }

    /** An order made from a link. */
    public record LinkOrder(Order order, String externalId, String formId, List<String> ignoredFields) {}

    /**
     * Checks and stores a new form.
     *
     * @throws EngineException.Refused for contradicting or malformed fields
     * @throws EngineException.MissingRate for a fiat currency that has no exchange rate yet
     */
    public PaymentForm create(FormFields fields, TariAddress admin) {
        String currency = fields.currency() == null || fields.currency().isBlank() ? null : FormRules.currency(fields.currency());
        MicroTari amount = fields.amount() == null ? null : FormRules.positive(fields.amount());
        String fiat = fields.fiatAmount() == null || fields.fiatAmount().isBlank() ? null : FormRules.fiat(fields.fiatAmount());
        if (amount != null && fiat != null) {
            throw new EngineException.Refused("Set either amount (µT) or fiat_amount, not both.");
        }
        if (fiat != null && currency == null) {
            throw new EngineException.Refused("fiat_amount needs a currency.");
        }
        if (amount != null && currency != null && !currency.equals("XTR")) {
            throw new EngineException.Refused("amount is in µT; for a price in " + currency + " set fiat_amount.");
        }
        if (currency != null && rates.latest(currency).isEmpty()) {
            throw new EngineException.MissingRate(currency);
        }
        String title = FormRules.blankToNull(fields.title());
        String description = FormRules.blankToNull(fields.description());
        FormRules.text("title", title, FormRules.MAX_TITLE);
        FormRules.text("description", description, FormRules.MAX_DESCRIPTION);
        PaymentForm form = new PaymentForm(token(FORM_ID_BYTES), title, description, amount, fiat,
                amount != null ? "XTR" : currency, FormRules.expiry(fields.expirySeconds()), admin.toBase58(),
                runner.clock().instant(), null);
        runner.write(tx -> {
            PaymentFormDao.insert(tx.handle(), form);
            return null;
        });
        return form;
    }

    public List<PaymentForm> list() {
        return runner.read(PaymentFormDao::all);
    }

    /** @throws EngineException.NotFound for an unknown form id */
    public PaymentForm find(String formId) {
        return runner.read(h -> PaymentFormDao.byFormId(h, formId))
                .orElseThrow(() -> new EngineException.NotFound("No payment link " + formId));
    }

    /** An enabled form. @throws EngineException.NotFound, Disabled */
    public PaymentForm open(String formId) {
        PaymentForm form = find(formId);
        if (!form.enabled()) {
            throw new Disabled(formId);
        }
        return form;
    }

    /** Disables a form for good; orders already made from it stay as they are. @throws EngineException.NotFound */
    public PaymentForm disable(String formId) {
        find(formId);
        runner.write(tx -> PaymentFormDao.disable(tx.handle(), formId, tx.now()));
        return find(formId);
    }

    /**
     * Makes an order from the buyer's input. The form is checked again inside the order's transaction, so a form
     * disabled meanwhile makes no order.
     *
     * @throws Disabled, EngineException.NotFound, EngineException.Refused, EngineException.MissingRate
     */
    public LinkOrder buy(String formId, FormFields buyer) {
        PaymentForm form = open(formId);
        FilledForm filled = FilledForm.of(form, buyer);
        Instant now = runner.clock().instant();
        String orderId = "pl-" + token(ORDER_ID_BYTES);
        String externalId = "ext-" + token(ORDER_ID_BYTES);
        Optional<String> memo = memo(filled);
        NewOrder order = filled.microTari()
                .map(price -> new NewOrder(orderId, Optional.of(externalId), "paylink:" + externalId, memo, Optional.empty(),
                        price, Optional.empty(), "XTR", now, Optional.empty()))
                .orElseGet(() -> orders.priced(new StoreOrder(orderId, Optional.of(externalId), "paylink:" + externalId, memo,
                        Optional.empty(), filled.fiatAmount().orElseThrow(), filled.currency(), now, Optional.empty()), rates));
        if (!order.totalPrice().isPositive()) {
            throw new EngineException.Refused("The amount is too small to pay in Tari.");
        }
        Optional<Instant> payableUntil = Optional.ofNullable(form.expirySeconds()).map(now::plusSeconds);
        Consumer<Handle> link = h -> {
            if (PaymentFormDao.byFormId(h, formId).filter(PaymentForm::enabled).isEmpty()) {
                throw new Disabled(formId);
            }
            PaymentFormDao.linkOrder(h, orderId, formId, externalId, now);
        };
        Order stored = orders.newOrder(order, payableUntil, link).order();
        return new LinkOrder(stored, externalId, formId, filled.ignored());
    }

    /** The order behind a link's external id. */
    public Optional<String> orderIdOfExternal(String externalId) {
        return runner.read(h -> PaymentFormDao.orderIdOfExternal(h, externalId));
    }

    private static Optional<String> memo(FilledForm filled) {
        List<String> parts = new ArrayList<>();
        filled.title().ifPresent(parts::add);
        filled.description().ifPresent(parts::add);
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", parts));
    }

    /** Random and URL-safe: {@code bytes} bytes of SecureRandom in unpadded base64url. */
    private String token(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
