package com.tari.tps.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The wire JSON of the API: compact, nulls written, strict input (duplicate keys, trailing bytes after the value,
 * floats or strings for integers, numbers or booleans for strings, and unknown enum values refused), times as
 * RFC 3339 UTC with 0, 3, 6 or 9 fraction digits.
 */
public final class Json {
    private Json() {}

    public static ObjectMapper mapper() {
        SimpleModule times = new SimpleModule("tps-times");
        times.addSerializer(Instant.class, new InstantSerializer());
        JsonMapper mapper = JsonMapper.builder()
                .addModule(times)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // Ids, memos and reasons are strings on the wire: a number or boolean in their place is a client bug, not a
        // value to stringify (a credit note for customer "-Infinity" moves real money).
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    /** Times in JSON: UTC, {@code 2024-06-19T17:00:55Z}, fraction only when non-zero, in groups of 3. */
    public static String time(Instant instant) {
        int nanos = instant.getNano();
        String pattern = nanos == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'"
                : nanos % 1_000_000 == 0 ? "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"
                : nanos % 1_000 == 0 ? "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'"
                : "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'";
        return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(instant);
    }

    private static final class InstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(time(value));
        }
    }
}
