package com.tari.tps.server.checkout;

import com.tari.tps.common.amount.MicroTari;

/** Amounts as shoppers read them: one format everywhere, {@code 1.250000 XTR}. */
final class Amounts {
    private Amounts() {}

    /** µT as Tari with all six decimals, exactly: {@code 2500000} → {@code 2.500000}. */
    static String tari(MicroTari amount) {
        return amount.toTari().setScale(6).toPlainString();
    }

    /** µT as a shopper reads it: {@code 1250000} → {@code 1.250000 XTR}. */
    static String shopper(MicroTari amount) {
        return tari(amount) + " XTR";
    }
}
