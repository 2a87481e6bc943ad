package com.tari.tps.release;

import com.tari.tps.common.testing.TestSecrets;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A store's Admin API under stress, answering the way Shopify does: state per order (paid, cancelled), 422 when a
 * mark-as-paid or cancel repeats an effect already in place, a leaky bucket ({@link #CAPACITY} calls draining
 * {@link #LEAK_PER_SECOND}/s, reported in {@code X-Shopify-Shop-Api-Call-Limit}, 429 with {@code Retry-After} when
 * it overflows), and scripted trouble: down (503), a throttle phase (429s), answers lost after the call was applied,
 * and a call applied whose answer never comes (to kill the server while it waits).
 *
 * <p>It checks what a well-behaved client must do: the token and API version on every call, and no call within the
 * {@code Retry-After} of a 429 it was given.
 */
final class StressedShopify extends Dispatcher implements AutoCloseable {
    static final String TOKEN = TestSecrets.SHOPIFY_ADMIN_ACCESS_TOKEN;
    static final String VERSION = "2024-04";
    static final int CAPACITY = 6;
    static final double LEAK_PER_SECOND = 2;
    private static final long RETRY_AFTER_NANOS = 1_000_000_000L;
    private static final Pattern ORDER = Pattern.compile("^/admin/api/" + VERSION + "/orders/(\\d+)\\.json$");
    private static final Pattern PAY = Pattern.compile("^/admin/api/" + VERSION + "/orders/(\\d+)/transactions\\.json$");
    private static final Pattern CANCEL = Pattern.compile("^/admin/api/" + VERSION + "/orders/(\\d+)/cancel\\.json$");

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Boolean> paid = new ConcurrentHashMap<>();
    private final Map<String, Boolean> cancelled = new ConcurrentHashMap<>();

    final AtomicBoolean down = new AtomicBoolean();
    /** A call this soon after a 429 was sent may have been on the wire already; it is not held against the client. */
    private static final long IN_FLIGHT_NANOS = 50_000_000L;
    /** The next this many mark-as-paid or cancel calls are applied and their connection dropped before the answer. */
    final AtomicInteger loseNext = new AtomicInteger();
    /** When set, the next mark-as-paid or cancel is applied and never answered; {@link #held} counts down then. */
    final AtomicBoolean holdNext = new AtomicBoolean();
    final CountDownLatch held = new CountDownLatch(1);

    /** Effects applied, one line per time: "1001 paid", "1002 cancelled". */
    final List<String> applied = new CopyOnWriteArrayList<>();
    final List<String> repeats = new CopyOnWriteArrayList<>();
    final List<String> violations = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger throttled = new AtomicInteger();

    private double level;
    private long levelAt = System.nanoTime();
    private long quietUntil = Long.MIN_VALUE;
    private long last429At = Long.MIN_VALUE;
    private long throttleUntil = Long.MIN_VALUE;

    StressedShopify() throws IOException {
        server.setDispatcher(this);
        server.start();
    }

    String shop() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Every call for this long from now is throttled, whatever the bucket says. */
    synchronized void throttleFor(java.time.Duration duration) {
        throttleUntil = System.nanoTime() + duration.toNanos();
    }

    void hasOrder(String id) {
        paid.put(id, false);
        cancelled.put(id, false);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        calls.incrementAndGet();
        String path = request.getPath() == null ? "" : request.getPath();
        String call = request.getMethod() + " " + path;
        if (!TOKEN.equals(request.getHeader("X-Shopify-Access-Token"))) {
            violations.add("no or wrong token: " + call);
            return answer(401, "{\"errors\":\"[API] Invalid API key or access token\"}", null);
        }
        if (!path.startsWith("/admin/api/" + VERSION + "/")) {
            violations.add("wrong API version: " + call);
        }
        String bucket;
        synchronized (this) {
            long now = System.nanoTime();
            if (now < quietUntil && now - last429At > IN_FLIGHT_NANOS) {
                violations.add(call + " came " + (quietUntil - now) / 1_000_000 + " ms before the Retry-After of a 429 ran out");
            }
            if (down.get()) {
                return answer(503, "{\"errors\":\"Service Unavailable\"}", null);
            }
            level = Math.max(0, level - LEAK_PER_SECOND * (now - levelAt) / 1e9);
            levelAt = now;
            if (now < throttleUntil || level + 1 > CAPACITY) {
                quietUntil = Math.max(quietUntil, now + RETRY_AFTER_NANOS);
                last429At = now;
                throttled.incrementAndGet();
                return answer(429, "{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.\"}",
                        bucket(CAPACITY)).setHeader("Retry-After", "1.0");
            }
            level += 1;
            bucket = bucket((int) Math.ceil(level));
        }
        Matcher order = ORDER.matcher(path);
        if (order.matches() && request.getMethod().equals("GET")) {
            String id = order.group(1);
            if (!paid.containsKey(id)) {
                return answer(404, "{\"errors\":\"Not Found\"}", bucket);
            }
            return answer(200, "{\"order\":{\"id\":" + id + ",\"financial_status\":\"" + (paid.get(id) ? "paid" : "pending")
                    + "\",\"cancelled_at\":" + (cancelled.get(id) ? "\"2026-12-07T12:00:00Z\"" : "null") + "}}", bucket);
        }
        Matcher pay = PAY.matcher(path);
        if (pay.matches() && request.getMethod().equals("POST")) {
            return effect(pay.group(1), paid, "paid", "The order is already paid",
                    "{\"transaction\":{\"id\":9000001,\"kind\":\"capture\",\"status\":\"success\"}}", bucket);
        }
        Matcher cancel = CANCEL.matcher(path);
        if (cancel.matches() && request.getMethod().equals("POST")) {
            return effect(cancel.group(1), cancelled, "cancelled", "Order has already been cancelled",
                    "{\"order\":{\"id\":" + cancel.group(1) + "}}", bucket);
        }
        if (path.equals("/admin/api/" + VERSION + "/graphql.json") && request.getMethod().equals("POST")) {
            return graphql(request.getBody().readUtf8(), bucket);
        }
        return answer(404, "{\"errors\":\"Not Found\"}", bucket);
    }

    /** A rate update's calls: the store has no variants; the theme's rate metaobject takes what it is given. */
    private MockResponse graphql(String body, String bucket) {
        String cost = ",\"extensions\":{\"cost\":{\"requestedQueryCost\":12,\"actualQueryCost\":10,"
                + "\"throttleStatus\":{\"maximumAvailable\":1000.0,\"currentlyAvailable\":990,\"restoreRate\":50.0}}}}";
        if (body.contains("productVariants")) {
            return answer(200, "{\"data\":{\"productVariants\":{\"pageInfo\":{\"endCursor\":null,\"hasNextPage\":false},\"nodes\":[]}}"
                    + cost, bucket);
        }
        if (body.contains("metaobjectUpsert")) {
            return answer(200, "{\"data\":{\"metaobjectUpsert\":{\"metaobject\":{\"fields\":[]},\"userErrors\":[]}}" + cost, bucket);
        }
        return answer(200, "{\"errors\":[{\"message\":\"query not known to the fake\"}]}", bucket);
    }

    private MockResponse effect(String id, Map<String, Boolean> state, String name, String already, String body, String bucket) {
        if (!state.containsKey(id)) {
            return answer(404, "{\"errors\":\"Not Found\"}", bucket);
        }
        if (state.get(id)) {
            repeats.add(id + " " + name);
            return answer(422, "{\"errors\":{\"base\":[\"" + already + "\"]}}", bucket);
        }
        state.put(id, true);
        applied.add(id + " " + name);
        if (loseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
        if (holdNext.compareAndSet(true, false)) {
            held.countDown();
            return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
        }
        return answer(200, body, bucket);
    }

    private static String bucket(int used) {
        return used + "/" + CAPACITY;
    }

    private static MockResponse answer(int status, String body, String bucket) {
        MockResponse response = new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
        return bucket == null ? response : response.setHeader("X-Shopify-Shop-Api-Call-Limit", bucket);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
