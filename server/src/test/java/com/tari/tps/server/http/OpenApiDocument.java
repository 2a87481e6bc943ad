package com.tari.tps.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI document the server ships (the resource {@code openapi.json}), read for tests: its operations with
 * their declared access, and the JSON Schema of each response, ready to validate a real body against.
 */
final class OpenApiDocument {
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();

    final String text;
    final JsonNode root;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> loaded = new java.util.HashMap<>();

    private OpenApiDocument(String text) throws IOException {
        this.text = text;
        this.root = JSON.readTree(text);
    }

    static OpenApiDocument load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi.json")) {
            return new OpenApiDocument(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "GET /api/balance/{address}" → the operation object, for every operation the document names. */
    Map<String, JsonNode> operations() {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    all.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue());
                }
            }
        }
        return all;
    }

    /** The response object the document gives for a status, else its "default"; empty when it names neither. */
    Optional<JsonNode> response(String method, String path, int status) {
        JsonNode responses = root.path("paths").path(path).path(method.toLowerCase(Locale.ROOT)).path("responses");
        JsonNode response = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status)) : responses.get("default");
        return Optional.ofNullable(response).map(this::deref);
    }

    /** The schema of a response body, following a {@code $ref} to a shared response. */
    Schema responseSchema(String method, String path, int status, String mediaType) {
        String pointer = operationPointer(method, path) + "/responses/";
        JsonNode responses = root.at(operationPointer(method, path) + "/responses");
        pointer += responses.has(String.valueOf(status)) ? String.valueOf(status) : "default";
        JsonNode response = root.at(pointer);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
        }
        return schemaAt(pointer + "/content/" + escape(mediaType) + "/schema");
    }

    /** The JSON schema of an operation's request body, when it takes JSON. */
    Optional<Schema> requestSchema(String method, String path) {
        String pointer = operationPointer(method, path) + "/requestBody/content/application~1json/schema";
        return root.at(pointer).isMissingNode() ? Optional.empty() : Optional.of(schemaAt(pointer));
    }

    /** A schema of {@code #/components/schemas}. */
    Schema component(String name) {
        return schemaAt("/components/schemas/" + escape(name));
    }

    /**
     * The schema at a JSON Pointer as a standalone JSON Schema: the whole document with a {@code $ref} to it, so that
     * references into {@code #/components/schemas} resolve exactly as they do in the document.
     */
    private Schema schemaAt(String pointer) {
        if (root.at(pointer).isMissingNode()) {
            throw new AssertionError("the document has no schema at " + pointer);
        }
        // One location per pointer: the registry caches schemas by location.
        return loaded.computeIfAbsent(pointer, p -> {
            ObjectNode standalone = root.deepCopy();
            standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            standalone.put("$ref", "#" + p);
            return schemas.getSchema(SchemaLocation.of("urn:tps:openapi:" + loaded.size()), standalone);
        });
    }

    private static String operationPointer(String method, String path) {
        return "/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT);
    }

    private JsonNode deref(JsonNode node) {
        return node.has("$ref") ? root.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** JSON Pointer escaping of one reference token. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
