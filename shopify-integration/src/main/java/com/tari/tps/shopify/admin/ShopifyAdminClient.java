package com.tari.tps.shopify.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls to one store's Admin API over OkHttp (shopify.md §5). Throttling (429, honouring Retry-After), 5xx and network
 * failures are retried with back-off; other 4xx are not, and Shopify's error text is kept. Thread-safe.
 */
public final class ShopifyAdminClient {
    private static final Logger log = LoggerFactory.getLogger(ShopifyAdminClient.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final String OPEN_ORDERS = "query($after: String) { orders(first: 25, after: $after, query: \"status:open\") "
            + "{ pageInfo { endCursor hasNextPage } nodes { id name createdAt updatedAt note currencyCode totalPrice "
            + "subtotalPrice customer { id } } } }";

    private final ShopifyConfig config;
    private final RetryPolicy retry;
    private final OkHttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public ShopifyAdminClient(ShopifyConfig config, RetryPolicy retry) {
        this.config = config;
        this.retry = retry;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .callTimeout(config.connectTimeout().plus(config.readTimeout()))
                .build();
    }

    /** {@code GET /orders/{id}.json}: the REST order object. */
    public JsonNode order(long id) throws ShopifyException {
        return rest("GET", "/orders/" + id + ".json", null).path("order");
    }

    /** {@code POST /orders/{id}/cancel.json}. */
    public JsonNode cancelOrder(long id) throws ShopifyException {
        return rest("POST", "/orders/" + id + "/cancel.json", null).path("order");
    }

    /** Marks a manual-gateway order paid: a capture transaction for the amount, in the order's currency. */
    public JsonNode markPaid(long id, String amount, String currency) throws ShopifyException {
        ObjectNode tx = json.createObjectNode();
        ObjectNode t = tx.putObject("transaction");
        t.putNull("parent_id");
        t.put("amount", amount);
        t.put("kind", "capture");
        t.put("currency", currency);
        return rest("POST", "/orders/" + id + "/transactions.json", tx).path("transaction");
    }

    public JsonNode webhooks() throws ShopifyException {
        return rest("GET", "/webhooks.json", null).path("webhooks");
    }

    /** Every open order, page by page (25 a page); an empty page ends cleanly. */
    public List<JsonNode> openOrders() throws ShopifyException {
        return allPages(OPEN_ORDERS, "orders");
    }

    /** Runs a paged GraphQL query ({@code $after} cursor) until the last page; a null endCursor ends it too. */
    private List<JsonNode> allPages(String query, String connection) throws ShopifyException {
        List<JsonNode> nodes = new ArrayList<>();
        String after = null;
        while (true) {
            ObjectNode variables = json.createObjectNode();
            if (after == null) {
                variables.putNull("after");
            } else {
                variables.put("after", after);
            }
            JsonNode page = graphql(query, variables).path(connection);
            page.path("nodes").forEach(nodes::add);
            JsonNode info = page.path("pageInfo");
            JsonNode cursor = info.path("endCursor");
            if (!info.path("hasNextPage").asBoolean(false) || cursor.isNull() || cursor.isMissingNode()) {
                return nodes;
            }
            after = cursor.asText();
        }
    }

    private static final String VARIANT = "query($id: ID!) { productVariant(id: $id) { id price "
            + "metafield(namespace: \"custom\", key: \"tari_price\") { id value } } }";
    private static final String SET_TARI_PRICE = "mutation($metafields: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $metafields) "
            + "{ metafields { id value } userErrors { field message } } }";

    private static final String VARIANTS = "query($after: String) { productVariants(first: 100, after: $after) "
            + "{ pageInfo { endCursor hasNextPage } nodes { id price metafield(namespace: \"custom\", key: \"tari_price\") { id value } } } }";

    /** Every product variant with its price and {@code custom.tari_price}, page by page (100 a page). */
    public List<JsonNode> variants() throws ShopifyException {
        return allPages(VARIANTS, "productVariants");
    }

    /** A variant's price and its {@code custom.tari_price} metafield; empty when Shopify has no such variant. */
    public java.util.Optional<JsonNode> variant(long variantId) throws ShopifyException {
        ObjectNode variables = json.createObjectNode();
        variables.put("id", "gid://shopify/ProductVariant/" + variantId);
        JsonNode variant = graphql(VARIANT, variables).path("productVariant");
        return variant.isNull() || variant.isMissingNode() ? java.util.Optional.empty() : java.util.Optional.of(variant);
    }

    /** Sets a variant's {@code custom.tari_price} metafield (µT, integer) with metafieldsSet. */
    public void setTariPrice(long variantId, long microTari) throws ShopifyException {
        ObjectNode variables = json.createObjectNode();
        ObjectNode field = variables.putArray("metafields").addObject();
        field.put("ownerId", "gid://shopify/ProductVariant/" + variantId);
        field.put("namespace", "custom");
        field.put("key", "tari_price");
        field.put("type", "number_integer");
        field.put("value", Long.toString(microTari));
        JsonNode userErrors = graphql(SET_TARI_PRICE, variables).path("metafieldsSet").path("userErrors");
        if (userErrors.isArray() && !userErrors.isEmpty()) {
            throw new ShopifyException(200, false, "Shopify refused the Tari price of variant " + variantId + ": " + userErrors);
        }
    }

    /** A GraphQL call; its {@code data}. Top-level {@code errors} (THROTTLED among them) fail the call. */
    public JsonNode graphql(String query, JsonNode variables) throws ShopifyException {
        ObjectNode body = json.createObjectNode();
        body.put("query", query);
        if (variables != null) {
            body.set("variables", variables);
        }
        JsonNode answer = rest("POST", "/graphql.json", body);
        JsonNode errors = answer.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            boolean throttled = errors.toString().contains("THROTTLED");
            throw new ShopifyException(200, throttled, "Shopify GraphQL error: " + errors);
        }
        JsonNode data = answer.path("data");
        if (data.isNull() || data.isMissingNode()) {
            throw new ShopifyException(200, false, "Shopify GraphQL answered with no data");
        }
        return data;
    }

    private JsonNode rest(String method, String path, JsonNode body) throws ShopifyException {
        Request.Builder request = new Request.Builder()
                .url(config.apiBase() + path)
                .header("X-Shopify-Access-Token", config.accessToken())
                .header("Content-Type", "application/json");
        RequestBody payload = body == null
                ? (method.equals("GET") ? null : RequestBody.create(new byte[0], JSON_TYPE))
                : RequestBody.create(body.toString(), JSON_TYPE);
        request.method(method, payload);
        Request built = request.build();
        for (int attempt = 1; ; attempt++) {
            ShopifyException failure;
            Duration wait;
            try (Response response = http.newCall(built).execute()) {
                String text = response.body() == null ? "" : response.body().string();
                if (response.isSuccessful()) {
                    return text.isEmpty() ? json.createObjectNode() : json.readTree(text);
                }
                int code = response.code();
                boolean retryable = code == 429 || code >= 500;
                failure = new ShopifyException(code, retryable, "Shopify answered " + code + " to " + method + " " + path + ": " + text);
                if (!retryable) {
                    log.warn("{}", failure.getMessage());
                    throw failure;
                }
                wait = code == 429 ? retryAfter(response.header("Retry-After"), attempt) : retry.backoff(attempt);
            } catch (IOException e) {
                failure = new ShopifyException(0, true, "Shopify call " + method + " " + path + " failed: " + e.getMessage());
                wait = retry.backoff(attempt);
            }
            if (attempt >= retry.maxAttempts()) {
                throw failure;
            }
            log.info("Retrying {} {} in {} ms after: {}", method, path, wait.toMillis(), failure.getMessage());
            try {
                retry.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    private Duration retryAfter(String header, int attempt) {
        if (header != null) {
            try {
                return Duration.ofMillis((long) (Double.parseDouble(header.trim()) * 1000));
            } catch (NumberFormatException ignored) {
                // fall back to back-off
            }
        }
        return retry.backoff(attempt);
    }
}
