package com.tari.tps.taritools;

import com.tari.tps.common.amount.AmountParser;
import com.tari.tps.common.amount.MicroTari;
import picocli.CommandLine;

/** Amount options and parameters; picocli puts the option's name in front of the parser's message. */
public final class AmountConverter implements CommandLine.ITypeConverter<MicroTari> {
    @Override
    public MicroTari convert(String value) {
        try {
            return AmountParser.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
