package com.tari.tps.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.testing.TestSecrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpTextTest {
    @Test
    void showsSettingsButNeverSecretValues() {
        String help = HelpText.of(new Environment(Map.of("TPG_PORT", "9999", "TPG_SHOPIFY_HMAC_SECRET", TestSecrets.SHOPIFY_HMAC_SECRET)::get));
        assertThat(help).contains("TPG_PORT").contains("9999").contains("TPG_SHOPIFY_HMAC_SECRET").contains("set")
                .contains("TPG_JWT_SIGNING_KEY").contains("not set").doesNotContain(TestSecrets.SHOPIFY_HMAC_SECRET);
    }

    @Test
    void listsTheMetricsAddress() {
        assertThat(HelpText.of(new Environment(Map.of("TPG_METRICS_ADDRESS", "10.0.0.5:9100")::get)))
                .contains("TPG_METRICS_ADDRESS").contains("10.0.0.5:9100");
    }
}
