package com.tari.tps.taritools.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.testing.TestSecrets;
import com.tari.tps.taritools.Tool;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every `taritools shopify ...` command against a fake Shopify Admin API on loopback. */
class ShopifyCommandsTest {
    private MockWebServer shopify;
    private Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        shopify = new MockWebServer();
        shopify.start();
        env = Map.of("TPG_SHOPIFY_SHOP", shopify.url("/").toString(), "TPG_SHOPIFY_ADMIN_ACCESS_TOKEN", TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN,
                "TPG_HOST", "tps.example.com", "TPG_SCHEMA", "https");
    }

    @AfterEach
    void stop() throws Exception {
        shopify.shutdown();
    }

    @Test
    void ordersGetOpenCancelAndPay() throws Exception {
        shopify.enqueue(json("{\"order\":{\"id\":5621163655380,\"name\":\"#1002\",\"financial_status\":\"pending\"}}"));
        Tool.Run get = Tool.run(env, "shopify", "orders", "get", "5621163655380");
        assertThat(get.exit()).as(get.err()).isZero();
        assertThat(get.out()).startsWith("Order #5621163655380").contains("\"name\" : \"#1002\"", "\"financial_status\" : \"pending\"");
        RecordedRequest request = shopify.takeRequest();
        assertThat(request.getPath()).isEqualTo("/admin/api/2024-04/orders/5621163655380.json");
        assertThat(request.getHeader("X-Shopify-Access-Token")).isEqualTo(TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN);

        shopify.enqueue(json("{\"data\":{\"orders\":{\"pageInfo\":{\"endCursor\":null,\"hasNextPage\":false},"
                + "\"nodes\":[{\"id\":\"gid://shopify/Order/1\",\"name\":\"#1\"}]}}}"));
        Tool.Run open = Tool.run(env, "shopify", "orders", "open");
        assertThat(open.out()).startsWith("Open orders").contains("gid://shopify/Order/1");
        shopify.takeRequest();

        shopify.enqueue(json("{\"order\":{\"id\":7,\"cancel_reason\":\"inventory\"}}"));
        Tool.Run cancel = Tool.run(env, "shopify", "orders", "cancel", "7", "--reason", "inventory");
        assertThat(cancel.out()).startsWith("Cancelled order #7").contains("inventory");
        assertThat(shopify.takeRequest().getBody().readUtf8()).isEqualTo("{\"reason\":\"inventory\"}");

        shopify.enqueue(json("{\"transaction\":{\"id\":99,\"kind\":\"sale\",\"status\":\"success\"}}"));
        Tool.Run pay = Tool.run(env, "shopify", "orders", "pay", "7", "23.90", "USD");
        assertThat(pay.out()).startsWith("Marked order #7 as paid").contains("\"kind\" : \"sale\"");
        assertThat(shopify.takeRequest().getBody().readUtf8()).contains("\"amount\":\"23.90\"", "\"currency\":\"USD\"");

        assertThat(Tool.run(env, "shopify", "orders", "pay", "7", "lots", "USD").exit()).isEqualTo(2);
        assertThat(Tool.run(env, "shopify", "orders", "cancel", "7", "--reason", "bored").exit()).isEqualTo(2);
        assertThat(shopify.getRequestCount()).as("bad input never reaches Shopify").isEqualTo(4);
    }

    @Test
    void shopifyErrorsAndMissingSettingsExitWithStatusOne() {
        shopify.enqueue(new MockResponse().setResponseCode(404).setBody("{\"errors\":\"Not Found\"}"));
        Tool.Run missing = Tool.run(env, "shopify", "orders", "get", "1");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Error fetching order #1:").contains("Not Found").doesNotContain(TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN);

        Tool.Run unconfigured = Tool.run(Map.of(), "shopify", "webhooks", "list");
        assertThat(unconfigured.exit()).isEqualTo(1);
        assertThat(unconfigured.err()).contains("Error creating Shopify API");
    }

    @Test
    void ratesGetAndSet() throws Exception {
        shopify.enqueue(json("{\"data\":{\"metaobjectByHandle\":{\"handle\":\"tari-price-global\",\"type\":\"tari_price\","
                + "\"fields\":[{\"key\":\"usd\",\"value\":\"30000000\"}]}}}"));
        Tool.Run get = Tool.run(env, "shopify", "rates", "get");
        assertThat(get.out()).startsWith("Exchange rates").contains("\"USD\" : 30000000");
        shopify.takeRequest();

        shopify.enqueue(json("{\"data\":{\"metaobjectUpsert\":{\"metaobject\":{\"fields\":[{\"key\":\"usd\",\"value\":\"10500000\"},"
                + "{\"key\":\"eur\",\"value\":\"11000000\"}]},\"userErrors\":[]}}}"));
        Tool.Run set = Tool.run(env, "shopify", "rates", "set", "USD=10.5T,eur=11 XTR");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("Exchange rates updated", "New rates:", "\"EUR\" : 11000000");
        assertThat(shopify.takeRequest().getBody().readUtf8()).contains("{\"key\":\"eur\",\"value\":\"11000000\"}",
                "{\"key\":\"usd\",\"value\":\"10500000\"}");

        Tool.Run bad = Tool.run(env, "shopify", "rates", "set", "USD:10");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("Exchange rate must be in the form 'USD=10T'");
        Tool.Run bare = Tool.run(env, "shopify", "rates", "set", "USD=10");
        assertThat(bare.exit()).isEqualTo(2);
        assertThat(bare.err()).contains("Invalid rate for USD: '10' has no unit");
    }

    @Test
    void productsAllGetAndUpdatePrice() throws Exception {
        String page = "{\"data\":{\"productVariants\":{\"pageInfo\":{\"endCursor\":null,\"hasNextPage\":false},"
                + "\"nodes\":[{\"id\":\"gid://shopify/ProductVariant/11\",\"price\":\"10.00\",\"metafield\":null}]}}}";
        shopify.enqueue(json(page));
        assertThat(Tool.run(env, "shopify", "products", "all").out()).startsWith("Variants").contains("ProductVariant/11");
        shopify.takeRequest();

        shopify.enqueue(json("{\"data\":{\"productVariant\":null}}"));
        assertThat(Tool.run(env, "shopify", "products", "get", "12").out()).isEqualToIgnoringNewLines("Variant #12 not found");
        shopify.takeRequest();

        shopify.enqueue(json(page));
        shopify.enqueue(json("{\"data\":{\"metafieldsSet\":{\"metafields\":[],\"userErrors\":[]}}}"));
        Tool.Run update = Tool.run(env, "shopify", "products", "update-price", "30000000uT");
        assertThat(update.exit()).as(update.err()).isZero();
        assertThat(update.out()).as("the amount format of the menus").contains("Updating prices at 30.000000 XTR (30 000 000 µT) per unit",
                "1 variant price(s) updated");
        shopify.takeRequest();
        assertThat(shopify.takeRequest().getBody().readUtf8()).as("rate is per unit: 10.00 x 30 XTR")
                .contains("\"value\":\"300000000\"");
    }

    @Test
    void webhooksInstallFromTheServerSettingsAndList() throws Exception {
        shopify.enqueue(json("{\"webhooks\":[]}"));
        for (int i = 0; i < 4; i++) {
            shopify.enqueue(json("{\"webhook\":{\"id\":" + i + "}}"));
        }
        Tool.Run install = Tool.run(env, "shopify", "webhooks", "install");
        assertThat(install.exit()).as(install.err()).isZero();
        assertThat(install.out()).contains("Installed webhook for orders/create at https://tps.example.com/shopify/webhook/checkout_create",
                "Installed webhook for orders/updated at https://tps.example.com/shopify/webhook/order_updated");
        assertThat(shopify.getRequestCount()).isEqualTo(5);

        shopify.enqueue(json("{\"webhooks\":[{\"id\":1,\"topic\":\"orders/create\",\"address\":\"https://x/shopify/webhook/checkout_create\","
                + "\"format\":\"json\",\"api_version\":\"2024-04\"}]}"));
        Tool.Run list = Tool.run(env, "shopify", "webhooks", "list");
        assertThat(list.out()).startsWith("Webhooks").contains("\"topic\" : \"orders/create\"", "\"api_version\" : \"2024-04\"");
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
}
