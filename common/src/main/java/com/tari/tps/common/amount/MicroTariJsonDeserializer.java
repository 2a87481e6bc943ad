package com.tari.tps.common.amount;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/** Accepts only a JSON integer that fits a long: {@code 100.0}, {@code "100"} and {@code 1e6} are refused. */
public final class MicroTariJsonDeserializer extends JsonDeserializer<MicroTari> {
    @Override
    public MicroTari deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return (MicroTari) ctx.handleUnexpectedToken(MicroTari.class, parser.currentToken(), parser,
                    "an amount must be a whole number of microTari (a JSON integer)");
        }
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            return (MicroTari) ctx.handleWeirdNumberValue(MicroTari.class, parser.getNumberValue(),
                    "amount does not fit in 64 bits");
        }
        return MicroTari.of(parser.getLongValue());
    }
}
