package com.tari.tps.common.address;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.tari.tps.common.keys.InvalidKeyException;
import com.tari.tps.common.keys.PublicKey;
import java.io.IOException;

/**
 * The raw serde form of a TariAddress used inside JWT claims:
 * {@code {"Single":{"network":"mainnet","features":3,"public_spend_key":"<hex>"}}} or
 * {@code {"Dual":{"network":…,"features":…,"public_view_key":…,"public_spend_key":…}}}.
 * Apply with {@code @JsonSerialize(using = TariAddressSerdeJson.Serializer.class)} and the matching deserializer.
 */
public final class TariAddressSerdeJson {
    private TariAddressSerdeJson() {}

    public static final class Serializer extends JsonSerializer<TariAddress> {
        @Override
        public void serialize(TariAddress address, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeFieldName(address.isDual() ? "Dual" : "Single");
            gen.writeStartObject();
            gen.writeStringField("network", address.network().displayName());
            gen.writeNumberField("features", address.features());
            if (address.isDual()) {
                gen.writeStringField("public_view_key", address.viewKey().orElseThrow().toHex());
            }
            gen.writeStringField("public_spend_key", address.spendKey().toHex());
            gen.writeEndObject();
            gen.writeEndObject();
        }
    }

    public static final class Deserializer extends JsonDeserializer<TariAddress> {
        @Override
        public TariAddress deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            JsonNode node = parser.readValueAsTree();
            try {
                return fromNode(node);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(parser, "invalid Tari address object: " + e.getMessage(),
                        node, TariAddress.class);
            }
        }
    }

    /** The exact bytes serde_json writes for the address object, fields in declaration order. */
    public static String toJson(TariAddress address) {
        StringBuilder out = new StringBuilder("{\"").append(address.isDual() ? "Dual" : "Single")
                .append("\":{\"network\":\"").append(address.network().displayName())
                .append("\",\"features\":").append(address.features());
        address.viewKey().ifPresent(view -> out.append(",\"public_view_key\":\"").append(view.toHex()).append('"'));
        return out.append(",\"public_spend_key\":\"").append(address.spendKey().toHex()).append("\"}}").toString();
    }

    /** @throws IllegalArgumentException when the node is not a Single/Dual address object */
    public static TariAddress fromNode(JsonNode node) {
        if (node == null || !node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException("expected {\"Single\":{…}} or {\"Dual\":{…}}");
        }
        boolean dual = node.has("Dual");
        JsonNode body = dual ? node.get("Dual") : node.get("Single");
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("expected {\"Single\":{…}} or {\"Dual\":{…}}");
        }
        Network network = Network.parse(text(body, "network"));
        JsonNode features = body.get("features");
        if (features == null || !features.canConvertToInt() || features.asInt() < 0 || features.asInt() > 255) {
            throw new IllegalArgumentException("features must be a number from 0 to 255");
        }
        try {
            PublicKey spend = PublicKey.fromHex(text(body, "public_spend_key"));
            if (dual) {
                PublicKey view = PublicKey.fromHex(text(body, "public_view_key"));
                return TariAddress.dual(network, features.asInt(), view, spend);
            }
            return TariAddress.single(network, features.asInt(), spend);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || !n.isTextual()) {
            throw new IllegalArgumentException("missing string field " + field);
        }
        return n.asText();
    }
}
