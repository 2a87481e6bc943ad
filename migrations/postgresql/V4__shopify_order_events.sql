-- The newest X-Shopify-Triggered-At handled per Shopify order, so an older event that arrives after a newer one
-- (Shopify retries out of order) changes nothing.
CREATE TABLE shopify_order_events (
    order_id          TEXT NOT NULL PRIMARY KEY,
    last_triggered_at TEXT NOT NULL
);
