package com.tari.tps.server.checkout;

import com.tari.tps.common.address.TariAddress;

/** The payment QR payload wallets understand (taritools.md §4.7): the destination only, no amount or order id. */
public final class PaymentUri {
    private PaymentUri() {}

    public static String of(TariAddress address) {
        return "tari://" + address.network().displayName() + "/transactions/send?tariAddress=" + address.toBase58();
    }
}
