package com.tari.tps.server.orders;

/** Order states; the names are the wire and database spelling (PascalCase). */
public enum OrderStatus {
    Paid, Cancelled, Expired, New, Unclaimed;

    /** Orders that can still be claimed, paid, cancelled or expired. */
    public boolean isOpen() {
        return this == New || this == Unclaimed;
    }
}
