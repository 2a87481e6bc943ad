package com.tari.tps.server.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API contract: {@code GET /openapi.json}, the OpenAPI 3.1 document kept by hand in the resources (a test holds
 * it against the route table and real answers), and {@code GET /docs}, a page that renders it. The page is one
 * self-contained file whose Content-Security-Policy lets it talk to this server only, so reading the docs never
 * reaches a CDN or leaks the operator's address to a third party.
 */
final class ApiDocs {
    static final String DOCUMENT = "/openapi.json";
    static final String PAGE = "/docs";
    /** Inline script and style of the page itself, data from this origin only, nothing else. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final byte[] document;
    private final byte[] page;

    /** Both are read once at start-up: a jar without them is a broken build, better refused than served as 500s. */
    ApiDocs() {
        this.document = resource("openapi.json");
        this.page = resource("docs.html");
    }

    void install(Javalin app) {
        app.get(DOCUMENT, ctx -> ctx.contentType("application/json").header("Cache-Control", "no-cache").result(document), Access.PUBLIC);
        app.get(PAGE, ctx -> ctx.contentType("text/html; charset=utf-8").header("Content-Security-Policy", PAGE_POLICY)
                .header("Cache-Control", "no-cache").result(page), Access.PUBLIC);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the server's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
