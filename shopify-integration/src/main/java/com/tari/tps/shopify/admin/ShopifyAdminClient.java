package com.tari.tps.shopify.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import com.tari.tps.shopify.model.ShopifyOrder;
import com.tari.tps.shopify.model.ShopifyTransaction;
import com.tari.tps.shopify.model.ShopifyWebhook;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls to one store's Admin API over OkHttp, all paced by one {@link ShopLimiter}: a 429's Retry-After holds back
 * every call to the shop, and the leaky bucket Shopify reports keeps calls from overflowing it. Throttling (429, GraphQL
 * THROTTLED) is retried for every call, since Shopify refuses a throttled call before doing anything. 5xx and network failures are retried with back-off only
 * for calls that are safe to repeat (reads, PUTs and upserts): a mark-as-paid, capture, cancel or webhook creation
 * that failed after it was sent may have been applied, so it is left to the caller, which re-reads the order before
 * trying again. Other 4xx are not retried, and Shopify's error text is kept. Thread-safe; one per server.
 */
public final class ShopifyAdminClient {
    private static final Logger log = LoggerFactory.getLogger(ShopifyAdminClient.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final String OPEN_ORDERS = "query($after: String) { orders(first: 25, after: $after, query: \"status:open\") "
            + "{ pageInfo { endCursor hasNextPage } nodes { id name createdAt updatedAt note currencyCode totalPrice "
            + "subtotalPrice customer { id } } } }";

    /** The REST bucket's drain rate on Shopify's standard plans; larger plans drain faster, so this only errs slow. */
    private static final double REST_LEAK_PER_SECOND = 2;

    private final ShopifyConfig config;
    private final RetryPolicy retry;
    private final ShopLimiter limiter;
    private final OkHttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public ShopifyAdminClient(ShopifyConfig config, RetryPolicy retry) {
        this.config = config;
        this.retry = retry;
        this.limiter = new ShopLimiter(retry, REST_LEAK_PER_SECOND);
        this.http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .callTimeout(config.connectTimeout().plus(config.readTimeout()))
                // OkHttp would otherwise resend a request on a dropped connection, including a POST Shopify applied.
                .retryOnConnectionFailure(false)
                .build();
    }

    /** {@code GET /orders/{id}.json}: the REST order object as Shopify sent it. */
    public JsonNode orderJson(long id) throws ShopifyException {
        return rest("GET", "/orders/" + id + ".json", null).path("order");
    }

    /** {@code GET /orders/{id}.json}, bound. */
    public ShopifyOrder order(long id) throws ShopifyException {
        return bind(orderJson(id), ShopifyOrder.class);
    }

    /** {@code GET /orders/{id}/transactions.json}. */
    public List<ShopifyTransaction> transactions(long orderId) throws ShopifyException {
        JsonNode list = rest("GET", "/orders/" + orderId + "/transactions.json", null).path("transactions");
        List<ShopifyTransaction> transactions = new ArrayList<>();
        for (JsonNode tx : list) {
            transactions.add(bind(tx, ShopifyTransaction.class));
        }
        return transactions;
    }

    /**
     * {@code POST /orders/{id}/cancel.json} with a reason Shopify knows ({@link CancelReason}); no refund or restock
     * options, so Shopify's defaults apply.
     */
    public JsonNode cancelOrder(long id, CancelReason reason) throws ShopifyException {
        ObjectNode body = json.createObjectNode();
        body.put("reason", reason.wireName());
        return rest("POST", "/orders/" + id + "/cancel.json", body, Repeat.NOT_SAFE).path("order");
    }

    /** Captures a card authorisation in full, naming it as the parent transaction. */
    public ShopifyTransaction capture(long orderId, ShopifyTransaction authorisation) throws ShopifyException {
        ObjectNode body = json.createObjectNode();
        ObjectNode t = body.putObject("transaction");
        t.put("parent_id", Long.parseLong(authorisation.id()));
        t.put("kind", "capture");
        t.put("amount", authorisation.amount());
        t.put("currency", authorisation.currency());
        t.put("test", authorisation.test());
        return bind(rest("POST", "/orders/" + orderId + "/transactions.json", body, Repeat.NOT_SAFE).path("transaction"), ShopifyTransaction.class);
    }

    /** Marks a manual-gateway order paid: a capture transaction for the amount, in the order's currency. */
    public JsonNode markPaid(long id, String amount, String currency) throws ShopifyException {
        ObjectNode tx = json.createObjectNode();
        ObjectNode t = tx.putObject("transaction");
        t.putNull("parent_id");
        t.put("amount", amount);
        t.put("kind", "capture");
        t.put("currency", currency);
        return rest("POST", "/orders/" + id + "/transactions.json", tx, Repeat.NOT_SAFE).path("transaction");
    }

    /** {@code GET /webhooks.json}: the subscriptions this app made. */
    public List<ShopifyWebhook> webhooks() throws ShopifyException {
        List<ShopifyWebhook> hooks = new ArrayList<>();
        for (JsonNode hook : rest("GET", "/webhooks.json", null).path("webhooks")) {
            hooks.add(bind(hook, ShopifyWebhook.class));
        }
        return hooks;
    }

    /** {@code POST /webhooks.json}: subscribes the address to a topic, JSON format. */
    public ShopifyWebhook createWebhook(String topic, String address) throws ShopifyException {
        ObjectNode body = json.createObjectNode();
        ObjectNode hook = body.putObject("webhook");
        hook.put("address", address);
        hook.put("topic", topic);
        hook.put("format", "json");
        return bind(rest("POST", "/webhooks.json", body, Repeat.NOT_SAFE).path("webhook"), ShopifyWebhook.class);
    }

    /** {@code PUT /webhooks/{id}.json}: points an existing subscription at a new address. */
    public ShopifyWebhook updateWebhook(String id, String address) throws ShopifyException {
        ObjectNode body = json.createObjectNode();
        ObjectNode hook = body.putObject("webhook");
        hook.put("id", id);
        hook.put("address", address);
        return bind(rest("PUT", "/webhooks/" + id + ".json", body).path("webhook"), ShopifyWebhook.class);
    }

    private static final String RATES = "{ metaobjectByHandle(handle: {type: \"tari_price\", handle: \"tari-price-global\"}) "
            + "{ id handle type updatedAt fields { key value } } }";
    private static final String UPSERT_RATES = "mutation UpsertMetaobject($handle: MetaobjectHandleInput!, $metaobject: MetaobjectUpsertInput!) "
            + "{ metaobjectUpsert(handle: $handle, metaobject: $metaobject) { metaobject { id handle type updatedAt fields { key value } } "
            + "userErrors { field message code } } }";

    /**
     * The exchange rates the theme reads: the {@code tari_price/tari-price-global} metaobject, one
     * field per currency, µT per unit. Keys come back upper case; empty when the metaobject does not exist.
     */
    public Map<String, Long> rates() throws ShopifyException {
        JsonNode object = graphql(RATES, null).path("metaobjectByHandle");
        Map<String, Long> rates = new TreeMap<>();
        if (object.isNull() || object.isMissingNode()) {
            return rates;
        }
        if (!"tari_price".equals(object.path("type").asText()) || !"tari-price-global".equals(object.path("handle").asText())) {
            throw new ShopifyException(200, false, "Shopify answered a different metaobject: " + object.path("type").asText()
                    + "/" + object.path("handle").asText());
        }
        for (JsonNode field : object.path("fields")) {
            try {
                rates.put(field.path("key").asText().toUpperCase(Locale.ROOT), Long.parseLong(field.path("value").asText().trim()));
            } catch (NumberFormatException e) {
                throw new ShopifyException(200, false, "rate " + field.path("key").asText() + " is not a whole number of microTari: "
                        + field.path("value").asText());
            }
        }
        return rates;
    }

    /**
     * Writes rates into the metaobject, creating it when missing. Field keys are written lower case
     * ({@code usd}) because that is what Shopify allows for field keys and what the Liquid snippets read.
     */
    public Map<String, Long> setRates(Map<String, Long> ratesPerUnit) throws ShopifyException {
        ObjectNode variables = json.createObjectNode();
        ObjectNode handle = variables.putObject("handle");
        handle.put("type", "tari_price");
        handle.put("handle", "tari-price-global");
        var fields = variables.putObject("metaobject").putArray("fields");
        ratesPerUnit.forEach((currency, rate) -> {
            ObjectNode field = fields.addObject();
            field.put("key", currency.toLowerCase(Locale.ROOT));
            field.put("value", Long.toString(rate));
        });
        JsonNode result = graphql(UPSERT_RATES, variables).path("metaobjectUpsert");
        JsonNode userErrors = result.path("userErrors");
        if (userErrors.isArray() && !userErrors.isEmpty()) {
            throw new ShopifyException(200, false, "Shopify refused the exchange rates: " + userErrors);
        }
        Map<String, Long> written = new TreeMap<>();
        for (JsonNode field : result.path("metaobject").path("fields")) {
            written.put(field.path("key").asText().toUpperCase(Locale.ROOT), field.path("value").asLong());
        }
        return written;
    }

    private <T> T bind(JsonNode node, Class<T> type) throws ShopifyException {
        try {
            return json.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ShopifyException(200, false, "Shopify sent a " + type.getSimpleName() + " that does not bind: " + e.getOriginalMessage());
        }
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

    /** The waits between attempts this client uses; the callback outbox spaces its attempts by the same policy. */
    public RetryPolicy retryPolicy() {
        return retry;
    }

    /**
     * A GraphQL call; its {@code data}. The cost report in {@code extensions.cost} paces later queries; a THROTTLED
     * answer (Shopify did nothing) blocks the shop until the budget has refilled and is tried again. Other top-level
     * {@code errors} fail the call.
     */
    public JsonNode graphql(String query, JsonNode variables) throws ShopifyException {
        ObjectNode body = json.createObjectNode();
        body.put("query", query);
        if (variables != null) {
            body.set("variables", variables);
        }
        for (int attempt = 1; ; attempt++) {
            JsonNode answer = rest("POST", "/graphql.json", body, Repeat.SAFE, ShopLimiter.Api.GRAPHQL);
            JsonNode cost = answer.path("extensions").path("cost");
            JsonNode status = cost.path("throttleStatus");
            double requested = cost.path("requestedQueryCost").asDouble(1);
            double available = status.path("currentlyAvailable").asDouble(0);
            double restore = status.path("restoreRate").asDouble(0);
            if (status.isObject()) {
                limiter.graphqlBudget(requested, available, status.path("maximumAvailable").asDouble(0), restore);
            }
            JsonNode errors = answer.path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                boolean throttled = errors.toString().contains("THROTTLED");
                ShopifyException failure = new ShopifyException(200, throttled, "Shopify GraphQL error: " + errors);
                if (!throttled || attempt >= retry.maxAttempts()) {
                    throw failure;
                }
                Duration wait = ShopLimiter.refill(requested, available, restore);
                log.info("Shopify GraphQL throttled; every call to the shop waits {} ms", wait.toMillis());
                limiter.blockFor(wait);
                continue;
            }
            JsonNode data = answer.path("data");
            if (data.isNull() || data.isMissingNode()) {
                throw new ShopifyException(200, false, "Shopify GraphQL answered with no data");
            }
            return data;
        }
    }

    /** Whether a call may be sent again after it failed in a way that does not prove Shopify ignored it. */
    private enum Repeat { SAFE, NOT_SAFE }

    private JsonNode rest(String method, String path, JsonNode body) throws ShopifyException {
        return rest(method, path, body, Repeat.SAFE);
    }

    private JsonNode rest(String method, String path, JsonNode body, Repeat repeat) throws ShopifyException {
        return rest(method, path, body, repeat, ShopLimiter.Api.REST);
    }

    private JsonNode rest(String method, String path, JsonNode body, Repeat repeat, ShopLimiter.Api api) throws ShopifyException {
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
            Duration wait = Duration.ZERO;
            try {
                limiter.acquire(api);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShopifyException(0, true, "Shopify call " + method + " " + path + " interrupted before it was sent");
            }
            try (Response response = http.newCall(built).execute()) {
                if (api == ShopLimiter.Api.REST) {
                    limiter.restBucket(response.header("X-Shopify-Shop-Api-Call-Limit"));
                }
                String text = response.body() == null ? "" : response.body().string();
                if (response.isSuccessful()) {
                    return text.isEmpty() ? json.createObjectNode() : json.readTree(text);
                }
                int code = response.code();
                boolean retryable = code == 429 || code >= 500;
                // A 5xx may come after Shopify did the work; a 429 and other 4xx are refusals before doing anything.
                failure = new ShopifyException(code, retryable, code >= 500,
                        "Shopify answered " + code + " to " + method + " " + path + ": " + text);
                if (code == 429) {
                    // Every caller of this shop waits, not only this one.
                    limiter.blockFor(retryAfter(response.header("Retry-After"), attempt));
                } else if (!retryable || repeat == Repeat.NOT_SAFE) {
                    log.warn("{}", failure.getMessage());
                    throw failure;
                } else {
                    wait = retry.backoff(attempt);
                }
            } catch (IOException e) {
                boolean sent = !neverSent(e);
                failure = new ShopifyException(0, true, sent, "Shopify call " + method + " " + path + " failed: " + e.getMessage());
                if (repeat == Repeat.NOT_SAFE && sent) {
                    throw failure;
                }
                wait = retry.backoff(attempt);
            }
            if (attempt >= retry.maxAttempts()) {
                throw failure;
            }
            log.info("Retrying {} {} after: {}", method, path, failure.getMessage());
            try {
                if (!wait.isZero()) {
                    retry.sleeper().sleep(wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    /** Failures that happen before a byte of the request left this machine. */
    private static boolean neverSent(IOException e) {
        return e instanceof java.net.ConnectException || e instanceof java.net.UnknownHostException;
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
