package com.tari.tps.common.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.common.address.Network;
import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.PublicKey;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.ristretto.Scalar;
import com.tari.tps.common.schnorr.Schnorr;
import com.tari.tps.common.schnorr.SignatureDomain;
import com.tari.tps.common.testing.CryptoVectors;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Test resource vectors/crypto_vectors.md §A5, §F and §G.jwt_*; jwt-compact parsing rules; access-token expiry. */
class JwtTokensTest {
    private static final SecretKey SERVER_KEY = SecretKey.fromHex("925842e11914fdd0c9a2ab8a38dac9de57b3e392372cde1661b1a84b1d8e430e");

    static Stream<List<String>> validLoginTokens() {
        return CryptoVectors.table("F1.").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validLoginTokens")
    void anchorLoginTokensVerifyWithTheKeyInTheirClaims(List<String> row) {
        LoginToken login = LoginToken.verify(row.get(1));
        assertThat(login.address().spendKey().toHex()).isEqualTo(row.get(2));
        assertThat(login.desiredRoles()).contains(Role.USER, Role.WRITE);
    }

    static Stream<List<String>> invalidLoginTokens() {
        return CryptoVectors.table("F2.").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidLoginTokens")
    void anchorInvalidLoginTokensAreRefused(List<String> row) {
        assertThatThrownBy(() -> LoginToken.verify(row.get(1)))
                .isInstanceOfAny(TokenFormatException.class, TokenRejectedException.class);
        if (row.get(2).startsWith("400")) {
            assertThatThrownBy(() -> LoginToken.verify(row.get(1))).isInstanceOf(TokenFormatException.class)
                    .hasMessage("InvalidTokenStructure");
        }
    }

    @Test
    void upstreamTariJwtTokenVerifiesUnderItsKey() {
        String token = "eyJhbGciOiJSaXN0cmV0dG8yNTYiLCJ0eXAiOiJKV1QifQ.eyJleHAiOjE3MDk4MDU2MDAsImlhdCI6MTcwOTIwMDgwMCwidXNlcm5hbWUiOiJhbGljZSIsImFkbWluIjp0cnVlfQ"
                + ".Ji2VxhHUBDcK-knCNGmGeBbo395X9d2R1Y1ikr0-C1sFQKeooNXae9DQLpC0cAd1XsrnRiw9gmM7UR6wH_kxCg";
        CompactJwt.parse(token).verify(PublicKey.fromHex("769524f0b08d986456730d1723cd28a1d0c5bc096cc05bc1347ea185dc08571e"));
        assertThatThrownBy(() -> CompactJwt.parse(token).verify(SERVER_KEY.publicKey()))
                .isInstanceOf(TokenRejectedException.class).hasMessage("signature has failed verification");
    }

    @Test
    void deterministicTokensMatchTheTraceExactly() {
        for (Map<String, String> v : CryptoVectors.fieldSections("G.jwt").values()) {
            SecretKey key = SecretKey.fromHex(v.get("secret_key"));
            String input = Base64.getUrlEncoder().withoutPadding().encodeToString(v.get("header_json").getBytes(StandardCharsets.UTF_8))
                    + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(v.get("claims_json").getBytes(StandardCharsets.UTF_8));
            assertThat(input).isEqualTo(v.get("message_utf8"));
            byte[] sig = Schnorr.signWithNonce(SignatureDomain.JWT, key, Scalar.fromCanonicalBytes(
                    com.tari.tps.common.hex.Hex.decode(v.get("nonce_r"))), input.getBytes(StandardCharsets.US_ASCII)).toBytes();
            assertThat(input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig)).isEqualTo(v.get("token"));
        }
        Map<String, String> login = CryptoVectors.fieldSections("G.jwt_login").values().iterator().next();
        LoginToken parsed = LoginToken.verify(login.get("token"));
        assertThat(parsed.claimsJson()).isEqualTo(login.get("claims_json"));

        Map<String, String> access = CryptoVectors.fieldSections("G.jwt_access").values().iterator().next();
        Clock atIssue = Clock.fixed(Instant.ofEpochSecond(1725300000), ZoneOffset.UTC);
        AccessToken token = AccessToken.verify(access.get("token"), SERVER_KEY.publicKey(), atIssue);
        assertThat(token.claimsJson()).isEqualTo(access.get("claims_json"));
        assertThat(token.roles()).isNotEmpty();
    }

    @Test
    void loginTokenRoundTripAndTampering() {
        SecretKey key = SecretKey.random();
        TariAddress address = TariAddress.single(Network.MAINNET, 3, key.publicKey());
        String token = new LoginToken(address, 1725303259L, List.of(Role.USER, Role.READ_ALL)).sign(key);
        LoginToken parsed = LoginToken.verify(token);
        assertThat(parsed.address()).isEqualTo(address);
        assertThat(parsed.desiredRoles()).containsExactly(Role.USER, Role.READ_ALL);

        String[] parts = token.split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new LoginToken(address, 1725303260L, List.of(Role.USER)).claimsJson().getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> LoginToken.verify(parts[0] + "." + otherClaims + "." + parts[2]))
                .isInstanceOf(TokenRejectedException.class);
        String signedByOther = new LoginToken(TariAddress.single(Network.MAINNET, 3, SecretKey.random().publicKey()), 1, List.of(Role.USER))
                .claimsJson();
        assertThatThrownBy(() -> LoginToken.verify(CompactJwt.sign(signedByOther, key))).isInstanceOf(TokenRejectedException.class);
    }

    @Test
    void accessTokenExpiresAfterExpWithNoLeeway() {
        TariAddress address = TariAddress.single(Network.MAINNET, 3, SecretKey.random().publicKey());
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        AccessToken granted = AccessToken.grant(address, List.of(Role.USER), Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(24));
        String token = granted.sign(SERVER_KEY);
        Instant exp = now.plus(Duration.ofHours(24));
        assertThat(AccessToken.verify(token, SERVER_KEY.publicKey(), Clock.fixed(exp, ZoneOffset.UTC)).address()).isEqualTo(address);
        assertThatThrownBy(() -> AccessToken.verify(token, SERVER_KEY.publicKey(), Clock.fixed(exp.plusSeconds(1), ZoneOffset.UTC)))
                .isInstanceOf(TokenRejectedException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> AccessToken.verify(token, SecretKey.random().publicKey(), Clock.fixed(now, ZoneOffset.UTC)))
                .isInstanceOf(TokenRejectedException.class);
        assertThat(granted.allows(Role.USER)).isTrue();
        assertThat(granted.allows(Role.WRITE)).isFalse();
        assertThat(new AccessToken(address, List.of(Role.SUPER_ADMIN), now, exp).allows(Role.WRITE)).isTrue();
    }

    @Test
    void accessTokenWithoutExpIsRefused() {
        String noExp = "{\"iat\":1,\"address\":{\"Single\":{\"network\":\"mainnet\",\"features\":3,\"public_spend_key\":\""
                + SecretKey.random().publicKey().toHex() + "\"}},\"roles\":[\"user\"]}";
        String token = CompactJwt.sign(noExp, SERVER_KEY);
        assertThatThrownBy(() -> AccessToken.verify(token, SERVER_KEY.publicKey(), Clock.systemUTC()))
                .isInstanceOf(TokenRejectedException.class).hasMessageContaining("exp");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"some made up nonsense", "a.b", "a.b.c.d", "eyJhbGciOiJSaXN0cmV0dG8yNTYifQ=.e30.AAAA", "e.e30.AAAA",
            "eyJhbGciOiJSaXN0cmV0dG8yNTYifQ.e30.AA*A"})
    void malformedTokensAreFormatErrors(String token) {
        assertThatThrownBy(() -> CompactJwt.parse(token)).isInstanceOf(TokenFormatException.class);
    }

    @Test
    void signatureMustBe64BytesAndAlgorithmMustMatch() {
        String header = "eyJhbGciOiJSaXN0cmV0dG8yNTYiLCJ0eXAiOiJKV1QifQ";
        String shortSig = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[63]);
        assertThatThrownBy(() -> CompactJwt.parse(header + ".e30." + shortSig)).isInstanceOf(TokenFormatException.class)
                .hasMessageContaining("InvalidSignatureLen");
        String hs256 = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String sig = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]);
        assertThatThrownBy(() -> CompactJwt.parse(hs256 + ".e30." + sig).verify(SERVER_KEY.publicKey()))
                .isInstanceOf(TokenRejectedException.class).hasMessageContaining("algorithm");
    }

    @Test
    void unknownRoleIsRefused() {
        assertThatThrownBy(() -> Role.fromWire("admin")).hasMessageContaining("unknown role 'admin'");
        assertThat(Role.fromWire("super_admin")).isEqualTo(Role.SUPER_ADMIN);
    }
}
