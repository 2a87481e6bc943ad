package com.tari.tps.taritools;

import com.tari.tps.common.address.AddressFormatException;
import com.tari.tps.common.address.Network;
import picocli.CommandLine;

/** Case-insensitive network names for {@code -n}. */
public final class NetworkConverter implements CommandLine.ITypeConverter<Network> {
    @Override
    public Network convert(String value) {
        try {
            return Network.parse(value);
        } catch (AddressFormatException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
