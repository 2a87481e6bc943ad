package com.tari.tps.common.address;

import java.util.Locale;

/** Tari networks with their address byte and lowercase JSON/display name. */
public enum Network {
    MAINNET(0x00, "mainnet"), STAGENET(0x01, "stagenet"), NEXTNET(0x02, "nextnet"),
    LOCALNET(0x10, "localnet"), IGOR(0x24, "igor"), ESMERALDA(0x26, "esmeralda");

    private final int id;
    private final String displayName;

    Network(int id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public int id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** @throws AddressFormatException (NETWORK) for an unknown byte */
    public static Network fromByte(int b) {
        for (Network n : values()) {
            if (n.id == (b & 0xff)) {
                return n;
            }
        }
        throw new AddressFormatException(AddressFormatException.Reason.NETWORK,
                String.format("unknown network byte 0x%02x in address", b & 0xff));
    }

    /** Case-insensitive name, also {@code esme}. @throws AddressFormatException (NETWORK) */
    public static Network parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("esme")) {
            return ESMERALDA;
        }
        for (Network network : values()) {
            if (network.displayName.equals(n)) {
                return network;
            }
        }
        throw new AddressFormatException(AddressFormatException.Reason.NETWORK,
                "unknown network '" + name + "' (expected mainnet, stagenet, nextnet, localnet, igor or esmeralda)");
    }

    @Override
    public String toString() {
        return displayName;
    }
}
