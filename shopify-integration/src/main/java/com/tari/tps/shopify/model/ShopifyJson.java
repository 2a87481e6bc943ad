package com.tari.tps.shopify.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Binds Shopify's JSON leniently in its shape: numbers where a string is expected (ids), nulls for booleans and
 * unknown fields all bind, since Shopify retries any webhook we refuse. Its syntax is not: bytes after the JSON value
 * or a repeated key mean the body is not what Shopify signed as one object, and it is refused.
 */
public final class ShopifyJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ShopifyJson() {}

    /** @throws IOException when the bytes are not JSON or not the expected shape (e.g. an array for an order) */
    public static <T> T read(byte[] body, Class<T> type) throws IOException {
        return MAPPER.readValue(body, type);
    }

    public static <T> T read(String body, Class<T> type) throws IOException {
        return MAPPER.readValue(body, type);
    }

    public static <T> T bind(JsonNode node, Class<T> type) throws IOException {
        return MAPPER.treeToValue(node, type);
    }
}
