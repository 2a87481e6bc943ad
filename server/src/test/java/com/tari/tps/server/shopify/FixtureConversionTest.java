package com.tari.tps.server.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.server.orders.StoreOrder;
import com.tari.tps.shopify.model.ShopifyJson;
import com.tari.tps.shopify.model.ShopifyOrder;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every real Shopify order payload in the fixtures converts to the order the server stores. */
class FixtureConversionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "checkout_create.json, 5796499259604, #1140, 7390049927380, 6.90, USD, 2024-11-04T11:02:37Z",
            "orders_updated.json, 5796499259604, #1140, 7390049927380, 6.90, USD, 2024-11-04T11:02:37Z",
            "new_order.json, 5714720719169, #1318, 7806520164673, 190.00, QAR, 2024-02-21T05:42:27Z",
            "actual_order.json, 5621163655380, #1002, 7345051926740, 23.90, USD, 2024-06-19T17:00:55Z",
            "actual_order2.json, 820982911946154508, #9999, 115310627314723954, 1.50, USD, 2024-06-30T19:13:52Z"})
    void fixturesConvert(String file, String id, String name, String customer, String price, String currency, String created) throws Exception {
        StoreOrder order = ShopifyOrderConversion.convert(ShopifyJson.bind(fixture(file), ShopifyOrder.class), "total_price");
        assertThat(order.orderId()).isEqualTo(id);
        assertThat(order.altId()).contains(name);
        assertThat(order.customerId()).isEqualTo(customer);
        assertThat(order.price()).isEqualTo(price);
        assertThat(order.currency()).isEqualTo(currency);
        assertThat(order.createdAt()).isEqualTo(Instant.parse(created));
        assertThat(order.claimant()).as("no valid claim in these notes").isEmpty();
    }

    @Test
    void aGuestOrderGetsItsOwnCustomerAndOtherPriceFieldsAreHonoured() throws Exception {
        JsonNode order = fixture("actual_order.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) order).remove("customer");
        StoreOrder guest = ShopifyOrderConversion.convert(ShopifyJson.bind(order, ShopifyOrder.class), "subtotal_price");
        assertThat(guest.customerId()).isEqualTo("guest-5621163655380");
        assertThat(guest.price()).isEqualTo(order.get("subtotal_price").asText());
        assertThat(guest.memo()).isPresent();
    }

    private static JsonNode fixture(String name) throws Exception {
        try (InputStream in = FixtureConversionTest.class.getResourceAsStream("/shopify/" + name)) {
            return JSON.readTree(in);
        }
    }
}
