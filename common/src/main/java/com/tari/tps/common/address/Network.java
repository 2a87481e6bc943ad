package com.tari.tps.common.address;

/** Tari networks with their address byte and lowercase JSON/display name. */
public enum Network {
    MAINNET(0x00, "mainnet"), STAGENET(0x01, "stagenet"), NEXTNET(0x02, "nextnet"),
    LOCALNET(0x10, "localnet"), IGOR(0x24, "igor"), ESMERALDA(0x26, "esmeralda");

    private final int id;
    private final String displayName;

    Network(int id, String displayName) { this.id = id; this.displayName = displayName; }

    public int id() { return id; }
    public String displayName() { return displayName; }

    /** @throws AddressFormatException (NETWORK) for an unknown byte */
    public static Network fromByte(int b) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
    /** Case-insensitive name, also {@code esme}. @throws AddressFormatException (NETWORK) */
    public static Network parse(String name) { throw new UnsupportedOperationException("contract stub: implemented on the crypto-core branch"); }
}
