package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.server.App;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document and the running server's route table name the same operations, both ways, and each operation's
 * {@code x-access} is the Access the route declares: adding, removing or re-guarding a route without the document
 * (or the other way round) fails here.
 */
class OpenApiRouteTableTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentNamesExactlyTheRegisteredRoutesWithTheirAccess() {
        OpenApiDocument doc = OpenApiDocument.load();
        try (ApiServer server = new ApiServer(dir)) {
            List<App.Route> routes = server.routes();
            assertThat(routes).hasSizeGreaterThan(50);
            assertThat(mismatches(routes, doc.operations())).isEmpty();
        }
    }

    @Test
    void aRouteMissingFromTheDocumentIsFound() {
        Map<String, JsonNode> ops = OpenApiDocument.load().operations();
        List<App.Route> routes = new ArrayList<>(documented(ops));
        routes.add(new App.Route("GET", "/api/new_thing/{id}", Access.READ_ALL));
        assertThat(mismatches(routes, ops)).containsExactly("GET /api/new_thing/{id}: registered (READ_ALL) but not in the document");
    }

    @Test
    void aDocumentedOperationWithoutARouteIsFound() {
        Map<String, JsonNode> ops = OpenApiDocument.load().operations();
        List<App.Route> routes = new ArrayList<>(documented(ops));
        routes.removeIf(r -> r.method().equals("DELETE") && r.path().equals("/api/wallets/{address}"));
        assertThat(mismatches(routes, ops)).containsExactly("DELETE /api/wallets/{address}: in the document but no such route");
    }

    @Test
    void aWrongAccessIsFound() {
        Map<String, JsonNode> ops = OpenApiDocument.load().operations();
        List<App.Route> routes = new ArrayList<>(documented(ops));
        routes.replaceAll(r -> r.path().equals("/api/creditors") ? new App.Route(r.method(), r.path(), Access.WRITE) : r);
        assertThat(mismatches(routes, ops)).containsExactly("GET /api/creditors: route declares WRITE, document says READ_ALL");
    }

    @Test
    void javalinsAngleBracketParametersMatchOpenApiBraces() {
        assertThat(normalise("/a/<id>/b/{form_id}")).isEqualTo("/a/{id}/b/{form_id}");
    }

    /** What differs between the route table and the document, one line each. */
    static List<String> mismatches(List<App.Route> routes, Map<String, JsonNode> operations) {
        Map<String, Access> registered = new LinkedHashMap<>();
        routes.forEach(r -> registered.put(r.method() + " " + normalise(r.path()), r.access()));
        List<String> problems = new ArrayList<>();
        registered.forEach((op, access) -> {
            JsonNode documented = operations.get(op);
            if (documented == null) {
                problems.add(op + ": registered (" + access + ") but not in the document");
            } else if (!access.name().equals(documented.path("x-access").asText())) {
                problems.add(op + ": route declares " + access + ", document says " + documented.path("x-access").asText("nothing"));
            }
        });
        operations.keySet().stream().filter(op -> !registered.containsKey(op))
                .forEach(op -> problems.add(op + ": in the document but no such route"));
        return problems;
    }

    /** Javalin also accepts {@code <name>} (a parameter that may hold slashes); OpenAPI spells every parameter {@code {name}}. */
    static String normalise(String path) {
        return path.replaceAll("<([^>]+)>", "{$1}");
    }

    private static List<App.Route> documented(Map<String, JsonNode> operations) {
        return operations.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split(" ", 2);
            return new App.Route(parts[0], parts[1], Access.valueOf(e.getValue().path("x-access").asText()));
        }).toList();
    }
}
