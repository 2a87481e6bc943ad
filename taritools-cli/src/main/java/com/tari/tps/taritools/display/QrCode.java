package com.tari.tps.taritools.display;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.tari.tps.common.address.TariAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** QR codes of payment requests (taritools.md §4.7): level M, no quiet zone, drawn two module rows per text line. */
public final class QrCode {
    private QrCode() {}

    /** What a wallet scans to pay the address: {@code tari://<network>/transactions/send?tariAddress=<base58>}. */
    public static String paymentRequest(TariAddress sendTo) {
        return "tari://" + sendTo.network().name().toLowerCase(Locale.ROOT) + "/transactions/send?tariAddress=" + sendTo.toBase58();
    }

    public static BitMatrix matrix(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + payload.length() + " characters", e);
        }
    }

    /** Dark modules as half blocks: █ both, ▀ top only, ▄ bottom only; an odd last row is light at the bottom. */
    public static String halfBlocks(String payload) {
        BitMatrix m = matrix(payload);
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y += 2) {
            for (int x = 0; x < m.getWidth(); x++) {
                boolean top = m.get(x, y);
                boolean bottom = y + 1 < m.getHeight() && m.get(x, y + 1);
                out.append(top && bottom ? '█' : top ? '▀' : bottom ? '▄' : ' ');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The same code as a PNG, 8 pixels a module, with the standard 4-module quiet zone so phones read it. */
    public static void savePng(String payload, Path file) throws IOException {
        BitMatrix m = matrix(payload);
        int quiet = 4;
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
