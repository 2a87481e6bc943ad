package com.tari.tps.common.address;

import com.tari.tps.common.amount.MicroTari;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The payment request a wallet scans: {@code tari://<network>/transactions/send?tariAddress=<base58>}, and for an
 * order also {@code &amount=<µT>&memo=<order name>}. One builder so the checkout page and the terminal show the
 * same QR code for the same order. Query values are URL-encoded (a name such as {@code #1002} becomes {@code %231002}).
 */
public final class PaymentRequest {
    private PaymentRequest() {}

    /** Where to pay, with no amount or memo (a shop's payment address on its own). */
    public static String to(TariAddress sendTo) {
        return "tari://" + sendTo.network().displayName() + "/transactions/send?tariAddress=" + encode(sendTo.toBase58());
    }

    /**
     * Pay {@code amount} to {@code sendTo}, with {@code memo} (the order's name or id) so the payment names its order.
     *
     * @param amount what is due, sent as a whole number of µT
     */
    public static String forOrder(TariAddress sendTo, MicroTari amount, String memo) {
        return to(sendTo) + "&amount=" + amount.value() + "&memo=" + encode(memo);
    }

    private static String encode(String value) {
        // URLEncoder writes form encoding; a URI query wants %20 for a space, not '+'.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
