-- Lookups that ran as full table scans, found by reading the query plans of a benchmark's store: the payments that
-- name an order by its alternative id (asked on every new order, to find who may claim it) and an order's Shopify
-- transactions (asked on every mark-paid callback). Both grew with the store, one row at a time per request.
CREATE INDEX payments_by_alt_order ON payments (alt_order_id);
CREATE INDEX shopify_transactions_by_order ON shopify_transactions (order_id);
