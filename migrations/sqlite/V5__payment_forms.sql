-- Payment links (invoice forms) and per-order payment deadlines. Portable SQL, as in V1.

-- When an order stops being payable, for orders created with their own deadline (a payment link's expiry). The
-- expiry worker expires these at their deadline instead of after the global unclaimed/unpaid timeouts.
CREATE TABLE order_deadlines (
    order_id      TEXT NOT NULL PRIMARY KEY REFERENCES orders (order_id),
    payable_until TEXT NOT NULL
);
CREATE INDEX order_deadlines_by_time ON order_deadlines (payable_until);

-- A merchant's payment link. Every price, text or currency column left NULL is filled by the buyer; a value set here
-- is never replaced by what a buyer sends. form_id is random and URL-safe (unguessable).
CREATE TABLE payment_forms (
    id             INTEGER PRIMARY KEY,
    form_id        TEXT    NOT NULL UNIQUE,
    amount         BIGINT CHECK (amount IS NULL OR amount > 0),
    fiat_amount    TEXT,
    currency       TEXT,
    title          TEXT,
    description    TEXT,
    expiry_seconds BIGINT CHECK (expiry_seconds IS NULL OR expiry_seconds > 0),
    created_by     TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    disabled_at    TEXT,
    CHECK (amount IS NULL OR fiat_amount IS NULL)
);

-- The orders buyers created through a payment link; external_id is also the order's alt_id.
CREATE TABLE payment_form_orders (
    order_id    TEXT NOT NULL PRIMARY KEY REFERENCES orders (order_id),
    form_id     TEXT NOT NULL REFERENCES payment_forms (form_id),
    external_id TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);
CREATE INDEX payment_form_orders_by_form ON payment_form_orders (form_id);
