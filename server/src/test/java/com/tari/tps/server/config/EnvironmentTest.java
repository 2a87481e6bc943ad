package com.tari.tps.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.server.config.EngineSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    private static Environment env(Map<String, String> values) {
        return new Environment(values::get);
    }

    @Test
    void engineSettingsHaveTheSpecDefaults() {
        EngineSettings s = EngineSettings.from(env(Map.of()));
        assertThat(s.strictMode()).isTrue();
        assertThat(s.unclaimedOrderTimeout()).isEqualTo(Duration.ofHours(2));
        assertThat(s.unpaidOrderTimeout()).isEqualTo(Duration.ofHours(48));
        assertThat(s.disableMemoSignatureCheck()).isFalse();
        assertThat(s.paymentWalletAddress()).isEmpty();
    }

    @Test
    void settingsAreReadWithOneBooleanAndDurationSyntax() {
        EngineSettings s = EngineSettings.from(env(Map.of(
                "TPG_STRICT_MODE", "No",
                "TPG_UNCLAIMED_ORDER_TIMEOUT", "90s",
                "TPG_UNPAID_ORDER_TIMEOUT", "3",
                "TPG_DISABLE_MEMO_SIGNATURE_CHECK", "TRUE",
                "TPG_SHOPIFY_ORDER_ID_FIELD", "name",
                "TPG_PAYMENT_WALLET_ADDRESS", "14z3iHvgokZcXmokAYQKveeJ4rMqSGtPahrC2CPvx63UQmG")));
        assertThat(s.strictMode()).isFalse();
        assertThat(s.unclaimedOrderTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.unpaidOrderTimeout()).isEqualTo(Duration.ofHours(3));
        assertThat(s.disableMemoSignatureCheck()).isTrue();
        assertThat(s.orderIdFieldIsName()).isTrue();
        assertThat(s.paymentWalletAddress()).isPresent();
        assertThat(env(Map.of("X", "PT15M")).duration("X", Duration.ZERO)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void malformedValuesNameTheirVariable() {
        assertThatThrownBy(() -> EngineSettings.from(env(Map.of("TPG_STRICT_MODE", "maybe")))).hasMessageContaining("TPG_STRICT_MODE");
        assertThatThrownBy(() -> EngineSettings.from(env(Map.of("TPG_UNPAID_ORDER_TIMEOUT", "soon")))).hasMessageContaining("TPG_UNPAID_ORDER_TIMEOUT");
        assertThatThrownBy(() -> EngineSettings.from(env(Map.of("TPG_PAYMENT_WALLET_ADDRESS", "nope")))).hasMessageContaining("TPG_PAYMENT_WALLET_ADDRESS");
        assertThatThrownBy(() -> EngineSettings.from(env(Map.of("TPG_SHOPIFY_ORDER_ID_FIELD", "sku")))).hasMessageContaining("TPG_SHOPIFY_ORDER_ID_FIELD");
        assertThatThrownBy(() -> env(Map.of("TPG_PORT", "80x")).port("TPG_PORT", 1)).hasMessageContaining("TPG_PORT");
        assertThat(env(Map.of("TPG_PORT", " ")).port("TPG_PORT", 8360)).isEqualTo(8360);
    }

    @Test
    void listeningAddressesAreHostColonPort() {
        assertThat(env(Map.of("A", "127.0.0.1:9100")).hostPort("A")).contains(new Environment.HostPort("127.0.0.1", 9100));
        assertThat(env(Map.of("A", "[::1]:0")).hostPort("A")).contains(new Environment.HostPort("::1", 0));
        assertThat(env(Map.of("A", "metrics.internal:9100")).hostPort("A").orElseThrow().toString()).isEqualTo("metrics.internal:9100");
        assertThat(env(Map.of()).hostPort("A")).isEmpty();
        for (String bad : new String[] {"9100", ":9100", "host:", "host:70000", "::1:9100", "a b:1", "host:x"}) {
            assertThatThrownBy(() -> env(Map.of("TPG_METRICS_ADDRESS", bad)).hostPort("TPG_METRICS_ADDRESS"))
                    .as(bad).hasMessageContaining("TPG_METRICS_ADDRESS");
        }
    }
}
