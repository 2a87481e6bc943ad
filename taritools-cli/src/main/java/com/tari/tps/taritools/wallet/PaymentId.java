package com.tari.tps.taritools.wallet;

import com.tari.tps.common.hex.Hex;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order id a console wallet's payment id names: {@code data(<hex>)} or
 * {@code address_and_data(<address>,<hex>)} holding UTF-8 text. Anything else, or text that looks like a phone number,
 * names no order.
 */
public final class PaymentId {
    private static final Pattern DATA = Pattern.compile("^data\\(([0-9a-fA-F]*)\\)$");
    private static final Pattern ADDRESS_AND_DATA = Pattern.compile("^address_and_data\\([^,]*,([0-9a-fA-F]*)\\)$");
    private static final Pattern PHONE = Pattern.compile("^[^\\d]*\\d{3}-\\d{3}-\\d{4}$");
    private static final Pattern DIGITS = Pattern.compile("#?(\\d+)");
    private static final Pattern ORDER_ID = Pattern.compile("^(order[\\s_]?id[:=]\\s*)?\"?([^\".]*)\"?");

    private PaymentId() {}

    /** @param orderIdFieldIsName {@code TPG_SHOPIFY_ORDER_ID_FIELD=name}: the first run of digits, prefixed with '#' */
    public static Optional<String> orderId(String paymentId, boolean orderIdFieldIsName) {
        if (paymentId == null) {
            return Optional.empty();
        }
        String trimmed = paymentId.trim();
        Matcher data = DATA.matcher(trimmed);
        Matcher addressAndData = ADDRESS_AND_DATA.matcher(trimmed);
        String hex = data.matches() ? data.group(1) : addressAndData.matches() ? addressAndData.group(1) : null;
        if (hex == null || hex.length() % 2 != 0) {
            return Optional.empty();
        }
        Optional<String> text = utf8(Hex.decode(hex)).filter(t -> !t.isEmpty() && !PHONE.matcher(t).matches());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (orderIdFieldIsName) {
            Matcher digits = DIGITS.matcher(text.get());
            return digits.find() ? Optional.of("#" + digits.group(1)) : Optional.empty();
        }
        Matcher id = ORDER_ID.matcher(text.get());
        return id.find() ? Optional.of(id.group(2).trim()).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
