package com.tari.tps.server.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;

/** Engine events as rows of the shared event log: the type, and the event's own record as JSON. */
public final class EventCodec {
    private final ObjectMapper json;

    public EventCodec() {
        SimpleModule times = new SimpleModule("event-log-times");
        times.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        times.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
                return Instant.parse(parser.getValueAsString());
            }
        });
        json = JsonMapper.builder().addModule(times).build();
    }

    public String encode(EngineEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a " + event.type() + " event: " + e.getOriginalMessage(), e);
        }
    }

    public EngineEvent decode(String type, String body) {
        Class<? extends EngineEvent> kind = switch (type) {
            case "NewOrder" -> EngineEvent.NewOrder.class;
            case "OrderPaid" -> EngineEvent.OrderPaid.class;
            case "OrderAnnulled" -> EngineEvent.OrderAnnulled.class;
            case "OrderModified" -> EngineEvent.OrderModified.class;
            case "OrderClaimed" -> EngineEvent.OrderClaimed.class;
            case "PaymentReceived" -> EngineEvent.PaymentReceived.class;
            case "Confirmation" -> EngineEvent.Confirmation.class;
            default -> throw new IllegalArgumentException("unknown event type " + type);
        };
        try {
            return json.readValue(body, kind);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable " + type + " event: " + e.getMessage(), e);
        }
    }
}
