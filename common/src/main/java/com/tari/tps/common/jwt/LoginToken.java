package com.tari.tps.common.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.address.TariAddressSerdeJson;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.CanonicalJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user sends to {@code POST /auth}: claims {@code {address, nonce, desired_roles}} signed by
 * the address's own spend key. No time claims; the nonce must strictly increase per address (checked by the server).
 */
public record LoginToken(TariAddress address, long nonce, List<Role> desiredRoles) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public LoginToken {
        if (nonce < 0) {
            throw new IllegalArgumentException("a login nonce is an unsigned number");
        }
        desiredRoles = List.copyOf(desiredRoles);
    }

    /** The claims JSON, byte for byte as the Rust clients write it. */
    public String claimsJson() {
        return CanonicalJson.object()
                .rawField("address", TariAddressSerdeJson.toJson(address))
                .field("nonce", nonce)
                .rawField("desired_roles", CanonicalJson.stringArray(desiredRoles.stream().map(Role::wireName).toList()))
                .build();
    }

    /** The signed JWT; the key must be the address's spend key. */
    public String sign(SecretKey key) {
        if (!key.publicKey().equals(address.spendKey())) {
            throw new IllegalArgumentException("the secret key does not belong to address " + address.toBase58());
        }
        return CompactJwt.sign(claimsJson(), key);
    }

    /**
     * Parses a login token and checks it was signed by the key of the address in its own claims.
     *
     * @throws TokenFormatException (400) for a malformed token
     * @throws TokenRejectedException (401) for unreadable claims or a bad signature
     */
    public static LoginToken verify(String token) {
        CompactJwt jwt = CompactJwt.parse(token);
        LoginToken claims = readClaims(jwt.unverifiedClaims());
        jwt.verify(claims.address.spendKey());
        return claims;
    }

    private static LoginToken readClaims(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new TokenRejectedException("claims are not a JSON object");
            }
            TariAddress address = TariAddressSerdeJson.fromNode(node.get("address"));
            JsonNode nonce = node.get("nonce");
            if (nonce == null || !nonce.canConvertToLong() || !nonce.isIntegralNumber() || nonce.asLong() < 0) {
                throw new TokenRejectedException("claims need a non-negative integer nonce");
            }
            JsonNode roles = node.get("desired_roles");
            if (roles == null || !roles.isArray()) {
                throw new TokenRejectedException("claims need a desired_roles array");
            }
            List<Role> desired = new ArrayList<>();
            for (JsonNode r : roles) {
                desired.add(Role.fromWire(r.asText()));
            }
            return new LoginToken(address, nonce.asLong(), desired);
        } catch (IOException e) {
            throw new TokenRejectedException("claims are not valid JSON");
        } catch (TokenRejectedException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException(e.getMessage());
        }
    }
}
