-- Storefront orders in a currency with no exchange rate yet: kept (never dropped) until an admin sets the rate.
CREATE TABLE orders_awaiting_rate (
    order_id    TEXT NOT NULL PRIMARY KEY,
    currency    TEXT NOT NULL,
    payload     TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX orders_awaiting_rate_by_currency ON orders_awaiting_rate (currency);
