package com.tari.tps.server.checkout;

import com.tari.tps.common.amount.MicroTari;

/** Amounts as shoppers read them. */
final class Amounts {
    private Amounts() {}

    /** µT as Tari with all six decimals, exactly: {@code 2500000} → {@code 2.500000}. */
    static String tari(MicroTari amount) {
        return amount.toTari().setScale(6).toPlainString();
    }
}
