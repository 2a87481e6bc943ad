package com.tari.tps.shopify.admin;

/** The cancel reasons Shopify's REST cancel accepts. */
public enum CancelReason {
    CUSTOMER("customer"), INVENTORY("inventory"), FRAUD("fraud"), DECLINED("declined"), OTHER("other");

    private final String wireName;

    CancelReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** By Shopify's name, any case. */
    public static CancelReason of(String name) {
        for (CancelReason reason : values()) {
            if (reason.wireName.equalsIgnoreCase(name.trim())) {
                return reason;
            }
        }
        throw new IllegalArgumentException("Cancel reason must be one of customer, inventory, fraud, declined, other; got '" + name + "'");
    }
}
