package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped document is valid OpenAPI 3.1 for a maintained parser, and says what each operation needs and answers. */
class OpenApiDocumentTest {
    private static final Set<String> ACCESS = Set.of("PUBLIC", "WALLET_SIGNED", "SHOPIFY_SIGNED", "USER", "READ_ALL", "WRITE", "SUPER_ADMIN");

    @Test
    void parsesAndValidatesWithoutMessages() {
        OpenApiDocument doc = OpenApiDocument.load();
        SwaggerParseResult result = parse(doc.text);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(40);
    }

    /** The parser does report what is wrong, so the empty list above means something. */
    @Test
    void aBrokenDocumentHasMessages() {
        String text = OpenApiDocument.load().text;
        assertThat(parse(text.replace("\"#/components/schemas/Order\"", "\"#/components/schemas/Ordre\"")).getMessages())
                .anySatisfy(m -> assertThat(m).contains("Ordre"));
        assertThat(parse(text.replaceFirst("\"responses\": \\{", "\"responsez\": {")).getMessages()).isNotEmpty();
    }

    private static SwaggerParseResult parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    @Test
    void everyOperationDeclaresItsAccessSecurityAndResponses() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : OpenApiDocument.load().operations().entrySet()) {
            JsonNode op = e.getValue();
            String access = op.path("x-access").asText();
            if (!ACCESS.contains(access)) {
                wrong.add(e.getKey() + ": x-access '" + access + "'");
                continue;
            }
            if (!op.path("operationId").isTextual() || !op.path("summary").isTextual()) {
                wrong.add(e.getKey() + ": no operationId or summary");
            }
            if (!op.path("description").asText().contains("Access: " + access)) {
                wrong.add(e.getKey() + ": description does not say 'Access: " + access + "'");
            }
            boolean token = Set.of("USER", "READ_ALL", "WRITE", "SUPER_ADMIN").contains(access);
            // A GET to /shopify/* carries no body, so there is no HMAC to check, only the IP whitelist.
            boolean hmac = access.equals("SHOPIFY_SIGNED") && !e.getKey().startsWith("GET ");
            String scheme = token ? "accessToken" : hmac ? "shopifyHmac" : null;
            JsonNode security = op.path("security");
            if (scheme == null ? !(security.isArray() && security.isEmpty()) : !security.path(0).has(scheme)) {
                wrong.add(e.getKey() + ": security " + security + " does not fit " + access);
            }
            if (token && !op.path("responses").has("401")) {
                wrong.add(e.getKey() + ": a token route documents 401");
            }
            // Every valid token is a user's, so only the role routes can answer 403.
            if (token && !access.equals("USER") && !op.path("responses").has("403")) {
                wrong.add(e.getKey() + ": a role route documents 403");
            }
            if (!op.path("responses").has("200") && !op.path("responses").has("201")) {
                wrong.add(e.getKey() + ": no success response");
            }
        }
        assertThat(wrong).isEmpty();
    }
}
