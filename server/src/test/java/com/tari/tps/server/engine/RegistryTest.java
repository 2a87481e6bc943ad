package com.tari.tps.server.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.tx.EngineException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hot wallets, roles, login nonces and exchange rates. */
class RegistryTest {
    @TempDir
    Path dir;
    EngineFixture f;
    Wallet hot = Wallet.random();

    @BeforeEach
    void open() {
        f = new EngineFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void walletNoncesMustStrictlyIncreaseAndComeFromTheRegisteredIp() {
        assertThatThrownBy(() -> f.engine.wallets().acceptNonce(hot.address(), 1, "10.0.0.1", true))
                .isInstanceOf(EngineException.InvalidSignature.class);
        f.engine.wallets().register(hot.address(), "192.0.2.7", 0);
        assertThatThrownBy(() -> f.engine.wallets().register(hot.address(), "192.0.2.7", 0)).isInstanceOf(EngineException.Conflict.class);

        f.engine.wallets().acceptNonce(hot.address(), 5, "192.0.2.7", true);
        assertThatThrownBy(() -> f.engine.wallets().acceptNonce(hot.address(), 5, "192.0.2.7", true))
                .isInstanceOf(EngineException.StaleNonce.class);
        assertThatThrownBy(() -> f.engine.wallets().acceptNonce(hot.address(), 4, "192.0.2.7", true))
                .isInstanceOf(EngineException.StaleNonce.class);
        assertThatThrownBy(() -> f.engine.wallets().acceptNonce(hot.address(), 6, "198.51.100.1", true))
                .isInstanceOf(EngineException.InvalidSignature.class);
        f.engine.wallets().acceptNonce(hot.address(), 6, "198.51.100.1", false);
        assertThat(f.engine.wallets().find(hot.address()).orElseThrow().lastNonce()).isEqualTo(6);

        f.engine.wallets().remove(hot.address());
        assertThat(f.engine.wallets().list()).isEmpty();
        assertThatThrownBy(() -> f.engine.wallets().remove(hot.address())).isInstanceOf(EngineException.NotFound.class);
    }

    @Test
    void rolesAreIdempotentAndLoginNoncesStrictlyIncrease() {
        f.engine.access().updateRoles(hot.address(), List.of(Role.USER, Role.WRITE), List.of());
        f.engine.access().updateRoles(hot.address(), List.of(Role.USER), List.of(Role.WRITE));
        assertThat(f.engine.access().rolesOf(hot.address())).isEqualTo(Set.of(Role.USER));

        f.engine.access().acceptLoginNonce(hot.address(), 1725298445L);
        assertThatThrownBy(() -> f.engine.access().acceptLoginNonce(hot.address(), 1725298445L))
                .isInstanceOf(EngineException.StaleNonce.class);
        f.engine.access().acceptLoginNonce(hot.address(), 1725298446L);
    }

    @Test
    void exchangeRatesKeepHistoryAndTheLatestWins() {
        assertThat(f.engine.rates().latest("USD")).isEmpty();
        f.engine.rates().set("USD", MicroTari.of(30_000_000));
        f.clock.advance(java.time.Duration.ofMinutes(1));
        f.engine.rates().set("USD", MicroTari.of(31_000_000));
        assertThat(f.engine.rates().latest("USD").orElseThrow().rate().value()).isEqualTo(31_000_000);
        assertThat(f.engine.rates().latest("XTR").orElseThrow().rate().value()).isEqualTo(1_000_000);
        assertThatThrownBy(() -> f.engine.rates().set("USD", MicroTari.of(0))).isInstanceOf(EngineException.Refused.class);
    }

    @Test
    void storefrontPricesAreConvertedAtTheStoredRateAndUnknownCurrenciesAreRefused() {
        var order = new com.tari.tps.server.orders.StoreOrder("5621163655380", java.util.Optional.of("#1002"), "7345051926740",
                java.util.Optional.empty(), java.util.Optional.empty(), "23.90", "USD", f.clock.instant(), java.util.Optional.of("0.00"));
        assertThatThrownBy(() -> f.engine.orders().newOrder(order, f.engine.rates()))
                .isInstanceOf(EngineException.MissingRate.class).hasMessageContaining("USD");
        f.engine.rates().set("USD", MicroTari.of(30_000_000));
        var stored = f.engine.orders().newOrder(order, f.engine.rates()).order();
        assertThat(stored.totalPrice().value()).isEqualTo(717_000_000);
        assertThat(stored.originalPrice()).isEqualTo("23.90");
        var inTari = new com.tari.tps.server.orders.StoreOrder("x1", java.util.Optional.empty(), "c", java.util.Optional.empty(),
                java.util.Optional.empty(), "25.50", "XTR", f.clock.instant(), java.util.Optional.empty());
        assertThat(f.engine.orders().newOrder(inTari, f.engine.rates()).order().totalPrice().value()).isEqualTo(25_500_000);
    }
}
