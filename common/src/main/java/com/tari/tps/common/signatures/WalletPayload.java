package com.tari.tps.common.signatures;

/** A hot-wallet notification body whose canonical JSON is what the wallet signs. */
public interface WalletPayload {
    /** serde_json's compact serialisation of the payload struct. */
    String canonicalJson();
}
