package com.tari.tps.taritools.display;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.tari.tps.common.address.PaymentRequest;
import com.tari.tps.common.address.TariAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * QR codes of payment requests: level M, drawn two module rows per text line with the standard 4-module quiet zone
 * around them (without it phones do not find the code on screen).
 */
public final class QrCode {
    /** Light modules around the code, as the QR standard asks. */
    public static final int QUIET_ZONE = 4;

    private QrCode() {}

    /** What a wallet scans to pay the address: {@code tari://<network>/transactions/send?tariAddress=<base58>}. */
    public static String paymentRequest(TariAddress sendTo) {
        return PaymentRequest.to(sendTo);
    }

    public static BitMatrix matrix(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + payload.length() + " characters", e);
        }
    }

    /** {@link #halfBlocks(String, boolean)} for a light terminal background. */
    public static String halfBlocks(String payload) {
        return halfBlocks(payload, false);
    }

    /**
     * The code as text, quiet zone included, two module rows per line: █ both, ▀ top only, ▄ bottom only, space neither.
     * A terminal draws blocks in its text colour, so on a light background the blocks are the dark modules; with
     * {@code darkBackground} they are the light ones (and the quiet zone is solid), which makes the code on a dark
     * theme read dark-on-light as scanners expect.
     */
    public static String halfBlocks(String payload, boolean darkBackground) {
        BitMatrix m = matrix(payload);
        int size = m.getWidth() + 2 * QUIET_ZONE;
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < size; y += 2) {
            for (int x = 0; x < size; x++) {
                boolean top = dark(m, x, y) != darkBackground;
                boolean bottom = y + 1 < size ? dark(m, x, y + 1) != darkBackground : darkBackground;
                out.append(top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Whether a module of the framed code (quiet zone coordinates included) is dark. */
    private static boolean dark(BitMatrix m, int x, int y) {
        int mx = x - QUIET_ZONE;
        int my = y - QUIET_ZONE;
        return mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my);
    }

    /** The same code as a PNG, 8 pixels a module, with the standard 4-module quiet zone so phones read it. */
    public static void savePng(String payload, Path file) throws IOException {
        BitMatrix m = matrix(payload);
        int quiet = QUIET_ZONE;
        BitMatrix framed = new BitMatrix((m.getWidth() + 2 * quiet) * 8, (m.getHeight() + 2 * quiet) * 8);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    framed.setRegion((x + quiet) * 8, (y + quiet) * 8, 8, 8);
                }
            }
        }
        MatrixToImageWriter.writeToPath(framed, "PNG", file);
    }
}
