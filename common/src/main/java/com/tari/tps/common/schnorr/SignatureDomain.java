package com.tari.tps.common.schnorr;

/** The hash domains (version 1) of the three Tari signatures the payment server uses. */
public enum SignatureDomain {
    MEMO("MemoSignature"),
    WALLET("WalletSignature"),
    JWT("com.tari.jwt-ristretto");

    private final String domain;

    SignatureDomain(String domain) { this.domain = domain; }

    public String domain() { return domain; }

    /** e.g. {@code MemoSignature.v1.challenge} */
    public String challengeTag() { return domain + ".v1.challenge"; }
}
