package com.tari.tps.common.address;

import com.tari.tps.common.amount.MicroTari;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The payment request a wallet scans, in the Tari wallets' deep-link form:
 * {@code tari://<network>/transactions/send?tariAddress=<base58>}, and for an order also
 * {@code &amount=<µT>&note=<order name>}. Tari wallets read {@code amount} as whole microTari and {@code note} as the
 * transfer's message, so a scan fills in the address, the sum and the order reference. One builder, so the checkout
 * page and the terminal show the same QR code for the same order. Values are percent-encoded (a space as {@code %20},
 * {@code #1002} as {@code %231002}).
 */
public final class PaymentRequest {
    private PaymentRequest() {}

    /** Where to pay, with no amount or note (a shop's payment address on its own). */
    public static String to(TariAddress sendTo) {
        return "tari://" + sendTo.network().displayName() + "/transactions/send?tariAddress=" + encode(sendTo.toBase58());
    }

    /**
     * Pay {@code amount} to {@code sendTo}, with {@code note} (the order's name or id) so the payment names its order.
     * A zero amount or a blank note is left out.
     */
    public static String forOrder(TariAddress sendTo, MicroTari amount, String note) {
        StringBuilder uri = new StringBuilder(to(sendTo));
        if (amount.isPositive()) {
            uri.append("&amount=").append(amount.value());
        }
        if (note != null && !note.isBlank()) {
            uri.append("&note=").append(encode(note));
        }
        return uri.toString();
    }

    private static String encode(String value) {
        // URLEncoder writes form encoding; a URI query wants %20 for a space, not '+'.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
