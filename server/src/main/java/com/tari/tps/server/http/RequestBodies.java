package com.tari.tps.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Checks every request body before a route sees it: JSON only (415 otherwise; Shopify's webhooks are read as bytes),
 * UTF-8 only (415 for a declared charset other than UTF-8), and well-formed UTF-8 (400). Without this a body in
 * another charset or with broken bytes would be decoded leniently, with replacement characters, and then trusted.
 * A body that cannot be read at all (a broken chunked encoding, a client that hangs up) is a 400, not a 500.
 */
final class RequestBodies {
    private static final Set<String> WITH_BODY = Set.of("POST", "PATCH", "PUT", "DELETE");

    private RequestBodies() {}

    static void install(Javalin app) {
        app.beforeMatched(RequestBodies::check);
    }

    private static void check(Context ctx) {
        if (!WITH_BODY.contains(ctx.method().name())) {
            return;
        }
        String type = ctx.header("Content-Type");
        if (type != null && !type.isBlank()) {
            String lower = type.toLowerCase(Locale.ROOT);
            if (!lower.contains("json") && !ctx.path().startsWith("/shopify/") && ctx.contentLength() > 0) {
                throw new ApiError(415, "Send JSON with Content-Type: application/json.");
            }
            String charset = charset(lower);
            if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
                throw new ApiError(415, "Send JSON in UTF-8: the charset " + charset + " is not accepted.");
            }
        }
        byte[] body;
        try {
            body = ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            throw e;
        } catch (Exception e) { // Jetty's IOException arrives unchecked through Javalin's Kotlin code
            throw new ApiError(400, "Could not read request body: the request body is malformed or incomplete.");
        }
        int bad = firstInvalidUtf8(body);
        if (bad >= 0) {
            throw new ApiError(400, "Could not read request body: it is not valid UTF-8 (at byte " + bad + ").");
        }
    }

    /** The charset parameter of a lower-cased media type, without quotes; null when none is given. */
    static String charset(String mediaType) {
        for (String part : mediaType.split(";")) {
            String p = part.trim();
            if (p.startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").trim();
            }
        }
        return null;
    }

    /** The offset of the first byte that is not part of well-formed UTF-8 (overlong forms and surrogates included), or -1. */
    static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            decoder.decode(in);
            return -1;
        } catch (CharacterCodingException e) {
            return in.position();
        }
    }
}
