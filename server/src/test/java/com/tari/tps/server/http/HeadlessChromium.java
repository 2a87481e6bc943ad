package com.tari.tps.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Debian's Chromium started headless as a subprocess, driven over the DevTools protocol (a WebSocket): open a page,
 * evaluate JavaScript in it, take a screenshot, emulate a phone, switch JavaScript off, and refuse every request to
 * another host while recording what the page asked for. Closing it kills the browser.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private final Process process;
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final WebSocket page;
    private final List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> blocked = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The first Chromium found on PATH. */
    static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String folder : path.split(File.pathSeparator)) {
                File candidate = new File(folder, name);
                if (candidate.isFile() && candidate.canExecute()) {
                    return Optional.of(candidate.toPath());
                }
            }
        }
        return Optional.empty();
    }

    HeadlessChromium(Path binary, Path profile) throws Exception {
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--window-size=900,1400", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String browserUrl = devToolsUrl();
        String port = browserUrl.replaceFirst("^ws://[^:]+:(\\d+)/.*$", "$1");
        JsonNode targets;
        try (Response r = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/json/list").build()).execute()) {
            targets = JSON.readTree(r.body().string());
        }
        String pageUrl = null;
        for (JsonNode target : targets) {
            if (target.path("type").asText().equals("page")) {
                pageUrl = target.get("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (pageUrl == null) {
            throw new IllegalStateException("Chromium opened no page: " + targets);
        }
        page = http.newWebSocket(new Request.Builder().url(pageUrl).build(), new WebSocketListener() {
            @Override
            public void onMessage(WebSocket webSocket, String text) {
                try {
                    JsonNode message = JSON.readTree(text);
                    if ("Fetch.requestPaused".equals(message.path("method").asText())) {
                        decide(webSocket, message.get("params"));
                    } else if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
                        requested.add(message.path("params").path("request").path("url").asText());
                    } else if ("Network.webSocketCreated".equals(message.path("method").asText())) {
                        requested.add(message.path("params").path("url").asText());
                    }
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> waiting = pending.remove(message.get("id").asInt());
                        if (waiting != null) {
                            waiting.complete(message);
                        }
                    }
                } catch (Exception e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable t, Response response) {
                pending.values().forEach(f -> f.completeExceptionally(t));
            }
        });
    }

    /** Lets a paused request through when it goes to this machine, fails it otherwise (and remembers it). */
    private void decide(WebSocket socket, JsonNode params) {
        String url = params.path("request").path("url").asText();
        String requestId = params.path("requestId").asText();
        ObjectNode command = JSON.createObjectNode();
        command.put("id", ids.incrementAndGet());
        ObjectNode p = command.putObject("params");
        p.put("requestId", requestId);
        if (isLocal(url)) {
            command.put("method", "Fetch.continueRequest");
        } else {
            blocked.add(url);
            command.put("method", "Fetch.failRequest");
            p.put("errorReason", "BlockedByClient");
        }
        socket.send(command.toString());
    }

    /** Loopback, or no network at all (data:, about:). */
    static boolean isLocal(String url) {
        return url.matches("^(https?|wss?)://(127\\.0\\.0\\.1|localhost|\\[::1])(:\\d+)?(/.*)?$")
                || url.startsWith("data:") || url.startsWith("about:");
    }

    /**
     * From now on every request to another host fails (as if the shopper were offline but for this server), and
     * every request and WebSocket the page opens is recorded.
     */
    void blockAllButLoopback() throws Exception {
        call("Network.enable", Map.of());
        call("Fetch.enable", Map.of("patterns", List.of(Map.of("urlPattern", "*"))));
    }

    /** URLs the page requested (documents, images, scripts, WebSockets) since {@link #blockAllButLoopback()}. */
    List<String> requested() {
        return List.copyOf(requested);
    }

    /** Requests to other hosts that were refused. */
    List<String> blocked() {
        return List.copyOf(blocked);
    }

    /** A phone's screen: 390 × 844 CSS pixels, touch, mobile layout. */
    void phoneViewport() throws Exception {
        call("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1,
                "mobile", true));
    }

    static final int PHONE_WIDTH = 390;

    void disableJavaScript() throws Exception {
        call("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    }

    /** The whole page (not only the viewport), at the viewport's width. */
    byte[] fullPageScreenshot() throws Exception {
        JsonNode metrics = call("Page.getLayoutMetrics", Map.of());
        double width = metrics.path("cssLayoutViewport").path("clientWidth").asDouble();
        double height = Math.max(metrics.path("cssContentSize").path("height").asDouble(),
                metrics.path("cssLayoutViewport").path("clientHeight").asDouble());
        String png = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1))).get("data").asText();
        return java.util.Base64.getDecoder().decode(png);
    }

    /** Chromium prints its DevTools address on stderr once it listens. */
    private String devToolsUrl() throws Exception {
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    Matcher m = DEVTOOLS.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
                url.completeExceptionally(new IllegalStateException("Chromium exited before listening"));
            } catch (Exception e) {
                url.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return url.get(30, TimeUnit.SECONDS);
    }

    /** Sends one DevTools command and waits for its result. */
    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode command = JSON.createObjectNode();
        command.put("id", id);
        command.put("method", method);
        command.set("params", JSON.valueToTree(params));
        page.send(command.toString());
        JsonNode reply = answer.get(30, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        }
        return reply.get("result");
    }

    void open(String url) throws Exception {
        call("Page.enable", Map.of());
        call("Page.navigate", Map.of("url", url));
    }

    /** The value of a JavaScript expression in the page, as text. */
    String eval(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        return result.path("result").path("value").asText();
    }

    byte[] screenshot() throws Exception {
        String png = call("Page.captureScreenshot", Map.of("format", "png")).get("data").asText();
        return java.util.Base64.getDecoder().decode(png);
    }

    @Override
    public void close() throws InterruptedException {
        page.cancel();
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
