package com.tari.tps.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tari.tps.common.testing.TestSecrets;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A local stand-in for a store's Admin API, answering like Shopify for the calls a first sale makes: an order's state,
 * and a mark-as-paid transaction, which Shopify refuses with 422 once the order is paid. It checks the access token
 * and API version on every call and keeps every request for the assertions.
 */
final class FakeShopify extends Dispatcher implements AutoCloseable {
    static final String TOKEN = TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN;
    static final String VERSION = "2024-04";
    private static final Pattern ORDER = Pattern.compile("^/admin/api/" + VERSION + "/orders/(\\d+)\\.json$");
    private static final Pattern TRANSACTIONS = Pattern.compile("^/admin/api/" + VERSION + "/orders/(\\d+)/transactions\\.json$");

    private final MockWebServer server = new MockWebServer();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> financialStatus = new ConcurrentHashMap<>();
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    final List<JsonNode> markedPaid = new CopyOnWriteArrayList<>();

    FakeShopify() throws IOException {
        server.setDispatcher(this);
        server.start();
    }

    /** The base URL to put in TPG_SHOPIFY_SHOP. */
    String shop() {
        return "http://127.0.0.1:" + server.getPort();
    }

    void hasOrder(String id) {
        financialStatus.put(id, "pending");
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        if (!TOKEN.equals(request.getHeader("X-Shopify-Access-Token"))) {
            return answer(401, "{\"errors\":\"[API] Invalid API key or access token\"}");
        }
        String path = request.getPath() == null ? "" : request.getPath();
        Matcher order = ORDER.matcher(path);
        if (order.matches() && request.getMethod().equals("GET")) {
            String status = financialStatus.get(order.group(1));
            return status == null ? answer(404, "{\"errors\":\"Not Found\"}")
                    : answer(200, "{\"order\":{\"id\":" + order.group(1) + ",\"financial_status\":\"" + status + "\",\"cancelled_at\":null}}");
        }
        Matcher tx = TRANSACTIONS.matcher(path);
        if (tx.matches() && request.getMethod().equals("POST")) {
            String id = tx.group(1);
            if ("paid".equals(financialStatus.get(id))) {
                return answer(422, "{\"errors\":{\"base\":[\"The order is already paid\"]}}");
            }
            try {
                JsonNode body = json.readTree(request.getBody().readUtf8());
                markedPaid.add(body);
                financialStatus.put(id, "paid");
                ObjectNode transaction = ((ObjectNode) body.path("transaction").deepCopy()).put("id", 9_000_001).put("status", "success");
                return answer(201, "{\"transaction\":" + transaction + "}");
            } catch (IOException | ClassCastException e) {
                return answer(400, "{\"errors\":\"bad body\"}");
            }
        }
        if (path.equals("/admin/api/" + VERSION + "/graphql.json") && request.getMethod().equals("POST")) {
            return graphql(request.getBody().readUtf8());
        }
        return answer(404, "{\"errors\":\"Not Found\"}");
    }

    /** The store has no product variants yet; the theme's rate metaobject takes what it is given. */
    private MockResponse graphql(String body) {
        if (body.contains("productVariants")) {
            return answer(200, "{\"data\":{\"productVariants\":{\"pageInfo\":{\"endCursor\":null,\"hasNextPage\":false},\"nodes\":[]}}}");
        }
        if (body.contains("metaobjectUpsert")) {
            try {
                JsonNode fields = json.readTree(body).path("variables").path("metaobject").path("fields");
                return answer(200, "{\"data\":{\"metaobjectUpsert\":{\"metaobject\":{\"fields\":" + fields + "},\"userErrors\":[]}}}");
            } catch (IOException e) {
                return answer(400, "{\"errors\":\"bad body\"}");
            }
        }
        return answer(200, "{\"errors\":[{\"message\":\"query not known to the fake\"}]}");
    }

    private static MockResponse answer(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
