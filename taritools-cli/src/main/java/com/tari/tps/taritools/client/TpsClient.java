package com.tari.tps.taritools.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * HTTP calls to one payment server. Paths are appended to the base URL (so a server under {@code /tps/} works, unlike
 * the reference). Read timeouts are long: rescans and repricing run for minutes before the server answers.
 */
public final class TpsClient {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String USER_AGENT = "Tari Payment Server Client";

    private final HttpUrl base;
    private final OkHttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public TpsClient(String baseUrl) {
        this(baseUrl, Duration.ofMinutes(10));
    }

    public TpsClient(String baseUrl, Duration readTimeout) {
        HttpUrl parsed = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        if (parsed == null) {
            throw new IllegalArgumentException("Not a server URL: " + baseUrl);
        }
        this.base = parsed;
        this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).readTimeout(readTimeout)
                .callTimeout(Duration.ZERO).build();
    }

    public String baseUrl() {
        return base.toString();
    }

    /** {@code POST /auth} with a signed login token; the access token (raw text). */
    public String login(String loginToken) {
        Call call = send("POST", "auth", null, Map.of("tpg_auth_token", loginToken));
        if (!call.ok()) {
            throw new TpsException(call.status(), "Failed to authenticate with payment server. " + call.body());
        }
        return call.body().trim();
    }

    /** A JSON call; the JSON answer (null for an empty body). {@code token} may be null for public routes. */
    public JsonNode call(String method, String path, Object body, String token) {
        Call call = send(method, path, body, token == null ? Map.of() : Map.of("tpg_access_token", token));
        if (!call.ok()) {
            throw new TpsException(call.status(), "Error " + call.status() + " from " + path + ": " + errorText(call.body()));
        }
        try {
            return call.body().isBlank() ? null : json.readTree(call.body());
        } catch (IOException e) {
            throw new TpsException(call.status(), "The server answered " + path + " with something that is not JSON");
        }
    }

    /** A plain-text GET (e.g. /health). */
    public String text(String path) {
        return text(path, null);
    }

    /** A plain-text GET with an access token (null for public routes), e.g. {@code api/check_token}. */
    public String text(String path, String token) {
        Call call = send("GET", path, null, token == null ? Map.of() : Map.of("tpg_access_token", token));
        if (!call.ok()) {
            throw new TpsException(call.status(), "Error " + call.status() + " from " + path + ": " + errorText(call.body()));
        }
        return call.body();
    }

    private String errorText(String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.hasNonNull("error")) {
                return node.get("error").asText();
            }
        } catch (IOException ignored) {
            // plain text
        }
        return body.isBlank() ? "(no details)" : body.trim();
    }

    private record Call(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private Call send(String method, String path, Object body, Map<String, String> headers) {
        HttpUrl url = base.resolve(path);
        if (url == null) {
            throw new IllegalArgumentException("Bad path " + path);
        }
        Request.Builder request = new Request.Builder().url(url).header("User-Agent", USER_AGENT).header("Accept", "application/json");
        headers.forEach(request::header);
        RequestBody payload = null;
        if (!method.equals("GET") && !method.equals("DELETE")) {
            try {
                payload = body == null ? RequestBody.create(new byte[0], null)
                        : RequestBody.create(body instanceof String s ? s : json.writeValueAsString(body), JSON);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        request.method(method, payload);
        try (Response response = http.newCall(request.build()).execute()) {
            return new Call(response.code(), response.body() == null ? "" : response.body().string());
        } catch (IOException e) {
            throw new TpsException(0, "Cannot reach the payment server at " + base + ": " + e.getMessage());
        }
    }

    /** URL-encodes one path segment. */
    public static String segment(String value) {
        return new HttpUrl.Builder().scheme("http").host("x").addPathSegment(value).build().encodedPath().substring(1);
    }
}
