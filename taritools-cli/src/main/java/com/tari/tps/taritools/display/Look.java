package com.tari.tps.taritools.display;

/**
 * How the terminal wants things drawn.
 *
 * @param emoji  show emoji ids next to base58 addresses (off where the terminal cannot draw emoji; base58 is always shown)
 * @param darkQr draw QR codes for a dark background: light modules as blocks, so the code reads dark-on-light on screen
 */
public record Look(boolean emoji, boolean darkQr) {
    public static final Look PLAIN = new Look(true, false);

    public Look withDarkQr(boolean dark) {
        return new Look(emoji, dark);
    }
}
