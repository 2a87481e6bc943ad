package com.tari.tps.common.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.keys.PublicKey;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.schnorr.InvalidSignatureException;
import com.tari.tps.common.schnorr.Schnorr;
import com.tari.tps.common.schnorr.SchnorrSignature;
import com.tari.tps.common.schnorr.SignatureDomain;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A compact JWT signed with the {@code Ristretto256} algorithm of tari-jwt, parsed with
 * jwt-compact's rules. The signature is checked over the segments exactly as received; nothing is re-serialised.
 */
public final class CompactJwt {
    public static final String ALGORITHM = "Ristretto256";
    static final String HEADER_JSON = "{\"alg\":\"Ristretto256\",\"typ\":\"JWT\"}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final String signingInput;
    private final JsonNode header;
    private final byte[] claims;
    private final byte[] signature;

    private CompactJwt(String signingInput, JsonNode header, byte[] claims, byte[] signature) {
        this.signingInput = signingInput;
        this.header = header;
        this.claims = claims;
        this.signature = signature;
    }

    /** Signs the claims JSON with the key: {@code b64(header).b64(claims).b64(R‖s)}. */
    public static String sign(String claimsJson, SecretKey key) {
        String input = encode(HEADER_JSON.getBytes(StandardCharsets.UTF_8)) + "."
                + encode(claimsJson.getBytes(StandardCharsets.UTF_8));
        SchnorrSignature sig = Schnorr.sign(SignatureDomain.JWT, key, input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + encode(sig.toBytes());
    }

    /** @throws TokenFormatException when the token is not three base64url segments with a JSON header and a 64-byte signature */
    public static CompactJwt parse(String token) {
        if (token == null) {
            throw new TokenFormatException("InvalidTokenStructure");
        }
        String[] parts = token.trim().split("\\.", 4);
        if (parts.length != 3) {
            throw new TokenFormatException("InvalidTokenStructure");
        }
        byte[] headerBytes = decode(parts[0]);
        byte[] claims = decode(parts[1]);
        byte[] signature = decode(parts[2]);
        JsonNode header;
        try {
            header = JSON.readTree(headerBytes);
        } catch (java.io.IOException e) {
            throw new TokenFormatException("MalformedHeader");
        }
        if (header == null || !header.isObject()) {
            throw new TokenFormatException("MalformedHeader");
        }
        JsonNode cty = header.get("cty");
        if (cty != null && !(cty.isTextual() && cty.asText().toLowerCase(Locale.ROOT).equals("json"))) {
            throw new TokenFormatException("UnsupportedContentType");
        }
        if (signature.length != 64) {
            throw new TokenFormatException("InvalidSignatureLen { expected: 64, actual: " + signature.length + " }");
        }
        return new CompactJwt(parts[0] + "." + parts[1], header, claims, signature);
    }

    /** The claims JSON, before anything about the signature is known. */
    public byte[] unverifiedClaims() {
        return claims.clone();
    }

    /** @throws TokenRejectedException for another algorithm, a malformed signature or one that fails verification */
    public void verify(PublicKey key) {
        JsonNode alg = header.get("alg");
        if (alg == null || !ALGORITHM.equals(alg.asText())) {
            throw new TokenRejectedException("token algorithm mismatch: expected " + ALGORITHM);
        }
        SchnorrSignature sig;
        try {
            sig = SchnorrSignature.fromBytes(signature);
        } catch (InvalidSignatureException e) {
            throw new TokenRejectedException("malformed token signature: " + e.getMessage());
        }
        if (!Schnorr.verify(SignatureDomain.JWT, key, sig, signingInput.getBytes(StandardCharsets.US_ASCII))) {
            throw new TokenRejectedException("signature has failed verification");
        }
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** base64ct Base64UrlUnpadded: '=' and a one-character remainder are refused. */
    private static byte[] decode(String segment) {
        if (segment.indexOf('=') >= 0 || segment.length() % 4 == 1) {
            throw new TokenFormatException("InvalidBase64Encoding");
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                throw new TokenFormatException("InvalidBase64Encoding");
            }
        }
        return Base64.getUrlDecoder().decode(segment);
    }
}
