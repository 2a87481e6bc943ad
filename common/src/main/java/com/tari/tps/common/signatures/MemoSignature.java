package com.tari.tps.common.signatures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.schnorr.Schnorr;
import com.tari.tps.common.schnorr.SchnorrSignature;
import com.tari.tps.common.schnorr.SignatureDomain;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A shopper's proof that the wallet at {@code address} claims {@code orderId}: a Schnorr signature in
 * the {@code MemoSignature} domain over {@code base58(address) ":" order_id}, by the address's spend key.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemoSignature(
        @JsonProperty("address") TariAddress address,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("signature") SchnorrSignature signature) {

    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonCreator
    public MemoSignature {
        Objects.requireNonNull(address, "address is required");
        Objects.requireNonNull(orderId, "order_id is required");
        Objects.requireNonNull(signature, "signature is required");
    }

    /** Signs a claim on {@code orderId} for the address with the given key; the key must be the address's spend key. */
    public static MemoSignature create(TariAddress address, String orderId, SecretKey key) {
        if (!key.publicKey().equals(address.spendKey())) {
            throw new IllegalArgumentException("the secret key does not belong to address " + address.toBase58());
        }
        return new MemoSignature(address, orderId, Schnorr.sign(SignatureDomain.MEMO, key, message(address, orderId)));
    }

    /** Parses the JSON object form; empty when the text is not a well-formed memo signature (bad key, R, s, length…). */
    public static Optional<MemoSignature> parse(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(json, MemoSignature.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static byte[] message(TariAddress address, String orderId) {
        return (address.toBase58() + ":" + orderId).getBytes(StandardCharsets.UTF_8);
    }

    public boolean isValid() {
        return Schnorr.verify(SignatureDomain.MEMO, address.spendKey(), signature, message(address, orderId));
    }

    /** Compact JSON, as taritools prints it and as the storefront puts it in the order note. */
    public String toJson() {
        return CanonicalJson.object()
                .field("address", address.toBase58())
                .field("order_id", orderId)
                .field("signature", signature.toHex())
                .build();
    }
}
