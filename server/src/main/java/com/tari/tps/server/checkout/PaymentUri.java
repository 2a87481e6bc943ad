package com.tari.tps.server.checkout;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.amount.MicroTari;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Payment requests in the Tari wallets' deep-link form: {@code tari://{network}/transactions/send?tariAddress={base58}}
 * (what taritools prints), optionally followed by {@code &amount={µT}&note={text}}. Tari wallets read {@code amount} as
 * whole microTari and {@code note} as the transfer's message, so a scan fills in the address, the sum and the order
 * reference. Values are percent-encoded (a space as {@code %20}, {@code #} as {@code %23}).
 */
public final class PaymentUri {
    private PaymentUri() {}

    /** The destination only. */
    public static String of(TariAddress address) {
        return "tari://" + address.network().displayName() + "/transactions/send?tariAddress=" + encode(address.toBase58());
    }

    /** A request for {@code amount} (left out when zero) with {@code note} as the message (left out when blank). */
    public static String request(TariAddress address, MicroTari amount, String note) {
        StringBuilder uri = new StringBuilder(of(address));
        if (amount.isPositive()) {
            uri.append("&amount=").append(amount.value());
        }
        if (note != null && !note.isBlank()) {
            uri.append("&note=").append(encode(note));
        }
        return uri.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
