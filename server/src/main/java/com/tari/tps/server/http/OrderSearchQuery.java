package com.tari.tps.server.http;

import com.tari.tps.server.orders.OrderQuery;
import com.tari.tps.server.orders.OrderStatus;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The query string of {@code GET /api/search/orders}: strict names, each at most once. */
final class OrderSearchQuery {
    private static final Set<String> KNOWN = Set.of("memo", "order_id", "alt_id", "customer_id", "currency", "since", "until", "status");
    private static final Pattern TIME = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})[Tt ](\\d{1,2}):(\\d{1,2}):(\\d{1,2})(\\.\\d{1,9})?(Z|z|UTC|[+-]\\d{2}:?\\d{2})$");

    private OrderSearchQuery() {}

    static OrderQuery parse(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!KNOWN.contains(e.getKey())) {
                throw new ApiError(400, "Query deserialize error: unknown field `" + e.getKey() + "`, expected one of `memo`, "
                        + "`order_id`, `alt_id`, `customer_id`, `currency`, `since`, `until`, `status`");
            }
            if (e.getValue().size() > 1) {
                throw new ApiError(400, "Query deserialize error: duplicate field `" + e.getKey() + "`");
            }
        }
        List<OrderStatus> statuses = new ArrayList<>();
        one(params, "status").ifPresent(list -> {
            for (String item : list.split(",")) {
                try {
                    statuses.add(OrderStatus.valueOf(item.trim()));
                } catch (IllegalArgumentException ignored) {
                    // unknown items are dropped, as the original does: existing scripts send lists like "Paid,Bogus"
                }
            }
        });
        return new OrderQuery(id(params, "order_id"), id(params, "alt_id"), id(params, "customer_id"), one(params, "memo"),
                one(params, "currency").map(c -> {
                    try {
                        return WireRules.currency("currency", c);
                    } catch (IllegalArgumentException e) {
                        throw new ApiError(400, "Query deserialize error: " + e.getMessage());
                    }
                }), one(params, "since").map(OrderSearchQuery::time),
                one(params, "until").map(OrderSearchQuery::time), statuses);
    }

    private static Optional<String> id(Map<String, List<String>> params, String name) {
        return one(params, name).map(v -> {
            try {
                return WireRules.id(name, v);
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, "Query deserialize error: " + e.getMessage());
            }
        });
    }

    private static Optional<String> one(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** Relaxed RFC 3339 (T-in): 1–2 digit time fields, T/t/space, offset Z, z, UTC, ±HH:MM or ±HHMM. */
    static Instant time(String text) {
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            throw new ApiError(400, "Query deserialize error: '" + text + "' is not an RFC 3339 date-time");
        }
        String offset = m.group(8);
        ZoneOffset zone = offset.equalsIgnoreCase("Z") || offset.equals("UTC") ? ZoneOffset.UTC
                : ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
        String fraction = m.group(7) == null ? "" : m.group(7).substring(1);
        int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        try {
            return OffsetDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), nanos, zone).toInstant();
        } catch (java.time.DateTimeException e) {
            throw new ApiError(400, "Query deserialize error: '" + text + "' is not a valid date-time");
        }
    }
}
