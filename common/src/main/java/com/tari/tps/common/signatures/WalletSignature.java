package com.tari.tps.common.signatures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.schnorr.Schnorr;
import com.tari.tps.common.schnorr.SchnorrSignature;
import com.tari.tps.common.schnorr.SignatureDomain;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A hot wallet's signature over a notification: domain {@code WalletSignature}, message
 * {@code emoji(address) ":" nonce ":" canonical_json(payload)}, key = the address's spend key. The nonce must
 * strictly increase per wallet; the server checks that against its registry.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WalletSignature(
        @JsonProperty("address") TariAddress address,
        @JsonProperty("nonce") long nonce,
        @JsonProperty("signature") SchnorrSignature signature) {

    @JsonCreator
    public WalletSignature {
        Objects.requireNonNull(address, "address is required");
        Objects.requireNonNull(signature, "signature is required");
    }

    public static WalletSignature create(TariAddress address, long nonce, WalletPayload payload, SecretKey key) {
        if (!key.publicKey().equals(address.spendKey())) {
            throw new IllegalArgumentException("the secret key does not belong to address " + address.toBase58());
        }
        return new WalletSignature(address, nonce, Schnorr.sign(SignatureDomain.WALLET, key, message(address, nonce, payload)));
    }

    public static byte[] message(TariAddress address, long nonce, WalletPayload payload) {
        return (address.toEmoji() + ":" + nonce + ":" + payload.canonicalJson()).getBytes(StandardCharsets.UTF_8);
    }

    public boolean isValid(WalletPayload payload) {
        return Schnorr.verify(SignatureDomain.WALLET, address.spendKey(), signature, message(address, nonce, payload));
    }

    public String toJson() {
        return CanonicalJson.object()
                .field("address", address.toBase58())
                .field("nonce", nonce)
                .field("signature", signature.toHex())
                .build();
    }
}
