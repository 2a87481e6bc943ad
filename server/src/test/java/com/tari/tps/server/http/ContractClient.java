package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * An HTTP client that holds every exchange to the OpenAPI document: the operation must be documented, the status
 * must be one the operation lists (a success explicitly, an error at least through "default"), the Content-Type one
 * the response lists, and a JSON body must validate against the response schema; a JSON request body that succeeds
 * must validate against the request schema too.
 */
final class ContractClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final ApiServer server;
    private final OpenApiDocument doc;
    private final OkHttpClient http = new OkHttpClient();
    /** "GET /api/balance 200" for each exchange checked, so a test can say what it covered. */
    final Set<String> checked = new java.util.LinkedHashSet<>();

    ContractClient(ApiServer server, OpenApiDocument doc) {
        this.server = server;
        this.doc = doc;
    }

    /** A request to a documented path template (a query string may follow), its parameters filled in order. */
    Call call(String method, String templateAndQuery, String... pathArgs) {
        int q = templateAndQuery.indexOf('?');
        String template = q < 0 ? templateAndQuery : templateAndQuery.substring(0, q);
        String path = template;
        for (String arg : pathArgs) {
            path = path.replaceFirst("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(arg));
        }
        return new Call(method, template, q < 0 ? path : path + templateAndQuery.substring(q));
    }

    final class Call {
        private final String method;
        private final String template;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private RequestBody body;
        private String json;

        private Call(String method, String template, String path) {
            this.method = method;
            this.template = template;
            this.path = path;
        }

        Call token(String accessToken) {
            return header("tpg_access_token", accessToken);
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call json(String text) {
            this.json = text;
            this.body = RequestBody.create(text, JSON_TYPE);
            return this;
        }

        Call body(byte[] bytes, String contentType) {
            this.body = RequestBody.create(bytes, MediaType.get(contentType));
            return this;
        }

        /** Sends it, checks the exchange against the document, and returns the body (JSON, or text as a JSON string). */
        JsonNode expect(int status) throws IOException {
            RequestBody sent = body != null || !Set.of("POST", "PATCH", "PUT").contains(method) ? body : RequestBody.create(new byte[0], null);
            Request.Builder request = new Request.Builder().url(server.url(path)).method(method, sent);
            headers.forEach(request::header);
            try (Response response = http.newCall(request.build()).execute()) {
                String text = response.body().string();
                assertThat(response.code()).as(method + " " + path + ": " + text).isEqualTo(status);
                String type = Optional.ofNullable(response.header("Content-Type")).map(t -> t.split(";")[0].trim()).orElse("");
                JsonNode answer = check(status, type, text);
                if (json != null && status < 300) {
                    Optional<Schema> requestSchema = doc.requestSchema(method, template);
                    assertThat(requestSchema).as(method + " " + template + " documents its JSON request body").isPresent();
                    assertValid(requestSchema.get(), JSON.readTree(json), "request of " + method + " " + template);
                }
                checked.add(method + " " + template + " " + status);
                return answer;
            }
        }

        private JsonNode check(int status, String type, String text) throws IOException {
            String op = method + " " + template;
            assertThat(doc.operations()).as("the document names " + op).containsKey(op);
            JsonNode response = doc.response(method, template, status).orElse(null);
            assertThat(response).as(op + " documents " + status).isNotNull();
            if (status < 400) {
                assertThat(doc.operations().get(op).path("responses").has(String.valueOf(status)))
                        .as(op + " documents its success " + status + " explicitly").isTrue();
            }
            JsonNode content = response.path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                assertThat(text).as(op + " " + status + " is documented without a body").isEmpty();
                return TextNode.valueOf(text);
            }
            assertThat(content.has(type)).as(op + " " + status + " documents Content-Type " + type + " (has " + content + ")").isTrue();
            if (!type.equals("application/json")) {
                assertThat(text).as(op + " " + status + " " + type + " body").isNotEmpty();
                return TextNode.valueOf(text);
            }
            JsonNode parsed = parse(text, content.path(type).path("schema"));
            assertValid(doc.responseSchema(method, template, status, type), parsed, op + " " + status);
            return parsed;
        }
    }

    /** A body that is not JSON is checked as the string it is, when the schema says string (POST /auth's bare token). */
    private static JsonNode parse(String text, JsonNode schema) throws IOException {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            if ("string".equals(schema.path("type").asText())) {
                return TextNode.valueOf(text);
            }
            throw e;
        }
    }

    static void assertValid(Schema schema, JsonNode value, String what) {
        List<Error> errors = schema.validate(value);
        assertThat(errors).as(what + " conforms to the document: " + value).isEmpty();
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
