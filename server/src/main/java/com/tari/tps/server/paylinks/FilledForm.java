package com.tari.tps.server.paylinks;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.server.tx.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A payment link filled in by a buyer: the merchant's values always, the buyer's only where the merchant left a field
 * empty. Exactly one of {@code microTari} and {@code fiatAmount} is present.
 *
 * @param ignored the buyer's fields that were dropped because the merchant had set them
 */
public record FilledForm(Optional<MicroTari> microTari, Optional<String> fiatAmount, String currency,
                         Optional<String> title, Optional<String> description, List<String> ignored) {

    /**
     * @throws EngineException.Refused when the buyer left a needed field empty or sent a malformed one
     */
    public static FilledForm of(PaymentForm form, FormFields buyer) {
        List<String> ignored = new ArrayList<>();
        Optional<String> title = pick(form.title(), buyer.title(), "title", ignored);
        Optional<String> description = pick(form.description(), buyer.description(), "description", ignored);
        FormRules.text("title", title.orElse(null), FormRules.MAX_TITLE);
        FormRules.text("description", description.orElse(null), FormRules.MAX_DESCRIPTION);
        if (buyer.expirySeconds() != null) {
            ignored.add("expiry_seconds");
        }
        if (form.amount() != null || form.fiatAmount() != null) {
            if (buyer.amount() != null) {
                ignored.add("amount");
            }
            if (buyer.fiatAmount() != null) {
                ignored.add("fiat_amount");
            }
            if (buyer.currency() != null) {
                ignored.add("currency");
            }
            return form.amount() != null
                    ? new FilledForm(Optional.of(form.amount()), Optional.empty(), "XTR", title, description, ignored)
                    : new FilledForm(Optional.empty(), Optional.of(form.fiatAmount()), form.currency(), title, description, ignored);
        }
        String currency = form.currency();
        if (currency == null && buyer.currency() != null && !buyer.currency().isBlank()) {
            currency = FormRules.currency(buyer.currency());
        } else if (currency != null && buyer.currency() != null && !currency.equals(buyer.currency().toUpperCase(Locale.ROOT))) {
            ignored.add("currency");
        }
        if (buyer.fiatAmount() != null) {
            if (currency == null) {
                throw new EngineException.Refused("fiat_amount needs a currency.");
            }
            if (buyer.amount() != null) {
                throw new EngineException.Refused("Send either amount (µT) or fiat_amount, not both.");
            }
            return new FilledForm(Optional.empty(), Optional.of(FormRules.fiat(buyer.fiatAmount())), currency, title,
                    description, ignored);
        }
        if (buyer.amount() != null) {
            if (currency != null && !currency.equals("XTR")) {
                throw new EngineException.Refused("This payment link is priced in " + currency + ": send fiat_amount.");
            }
            return new FilledForm(Optional.of(FormRules.positive(buyer.amount())), Optional.empty(), "XTR", title,
                    description, ignored);
        }
        throw new EngineException.Refused("This payment link leaves the amount to you: send amount (µT) or fiat_amount"
                + (currency == null ? " with a currency." : " in " + currency + "."));
    }

    private static Optional<String> pick(String merchant, String buyer, String field, List<String> ignored) {
        if (merchant != null) {
            if (buyer != null) {
                ignored.add(field);
            }
            return Optional.of(merchant);
        }
        return buyer == null || buyer.isBlank() ? Optional.empty() : Optional.of(buyer.strip());
    }
}
