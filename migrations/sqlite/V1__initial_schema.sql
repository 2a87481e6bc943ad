-- Tari Payment Server schema, version 1. Portable SQL: INTEGER PRIMARY KEY is SQLite's row id; on PostgreSQL the
-- same columns become GENERATED ALWAYS AS IDENTITY. Times are ISO-8601 UTC text with microseconds, so they sort as text.
-- Money is BIGINT microTari.

CREATE TABLE orders (
    id                 INTEGER PRIMARY KEY,
    order_id           TEXT    NOT NULL UNIQUE,
    alt_id             TEXT UNIQUE,
    customer_id        TEXT    NOT NULL,
    memo               TEXT,
    total_price        BIGINT  NOT NULL,
    original_price     TEXT,
    currency           TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    status             TEXT    NOT NULL CHECK (status IN ('Unclaimed', 'New', 'Paid', 'Cancelled', 'Expired')),
    amount_outstanding TEXT
);
CREATE INDEX orders_by_customer ON orders (customer_id, status, created_at);
CREATE INDEX orders_by_status ON orders (status, updated_at);

CREATE TABLE payments (
    txid         TEXT   NOT NULL PRIMARY KEY,
    sender       TEXT   NOT NULL,
    amount       BIGINT NOT NULL,
    memo         TEXT,
    order_id     TEXT,
    alt_order_id TEXT,
    payment_type TEXT   NOT NULL CHECK (payment_type IN ('OnChain', 'Manual')),
    status       TEXT   NOT NULL CHECK (status IN ('Received', 'Confirmed', 'Cancelled')),
    created_at   TEXT   NOT NULL,
    updated_at   TEXT   NOT NULL
);
CREATE INDEX payments_by_sender ON payments (sender, status);
CREATE INDEX payments_by_order ON payments (order_id);

-- Which wallet addresses belong to which storefront customer.
CREATE TABLE address_customer (
    address     TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (address, customer_id)
);
CREATE INDEX address_customer_by_customer ON address_customer (customer_id);

-- The settlement journal: what each address paid towards each order.
CREATE TABLE settlements (
    id              INTEGER PRIMARY KEY,
    order_id        TEXT   NOT NULL REFERENCES orders (order_id),
    payment_address TEXT   NOT NULL,
    settlement_type TEXT   NOT NULL CHECK (settlement_type IN ('Single', 'Multiple')),
    amount          BIGINT NOT NULL,
    created_at      TEXT   NOT NULL
);
CREATE INDEX settlements_by_address ON settlements (payment_address);
CREATE INDEX settlements_by_order ON settlements (order_id);

-- Balances per address, kept in the same transaction as the payments and settlements they sum up.
-- LedgerDao.recompute proves they equal the ledger.
CREATE TABLE address_balances (
    address         TEXT   NOT NULL PRIMARY KEY,
    total_confirmed BIGINT NOT NULL,
    total_paid      BIGINT NOT NULL,
    total_pending   BIGINT NOT NULL,
    last_update     TEXT   NOT NULL
);

CREATE TABLE order_audit (
    id         INTEGER PRIMARY KEY,
    order_id   TEXT NOT NULL,
    action     TEXT NOT NULL,
    field      TEXT,
    old_value  TEXT,
    new_value  TEXT,
    changed_at TEXT NOT NULL
);
CREATE INDEX order_audit_by_order ON order_audit (order_id);

CREATE TABLE payment_audit (
    id         INTEGER PRIMARY KEY,
    txid       TEXT NOT NULL,
    action     TEXT NOT NULL,
    field      TEXT,
    old_value  TEXT,
    new_value  TEXT,
    changed_at TEXT NOT NULL
);
CREATE INDEX payment_audit_by_txid ON payment_audit (txid);

CREATE TABLE role_assignments (
    address    TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('read_all', 'write', 'user', 'payment_wallet', 'super_admin')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (address, role)
);

CREATE TABLE login_nonces (
    address    TEXT   NOT NULL PRIMARY KEY,
    last_nonce BIGINT NOT NULL,
    updated_at TEXT   NOT NULL
);

CREATE TABLE wallets (
    address    TEXT   NOT NULL PRIMARY KEY,
    ip_address TEXT,
    last_nonce BIGINT NOT NULL,
    created_at TEXT   NOT NULL,
    updated_at TEXT   NOT NULL
);

CREATE TABLE wallet_audit (
    id         INTEGER PRIMARY KEY,
    address    TEXT   NOT NULL,
    action     TEXT   NOT NULL,
    ip_address TEXT,
    last_nonce BIGINT,
    changed_at TEXT   NOT NULL
);

CREATE TABLE exchange_rates (
    id         INTEGER PRIMARY KEY,
    currency   TEXT   NOT NULL,
    rate       BIGINT NOT NULL CHECK (rate > 0),
    updated_at TEXT   NOT NULL
);
CREATE INDEX exchange_rates_by_currency ON exchange_rates (currency, id);

-- Card authorisations remembered from order_transactions/create, captured when an order is paid.
CREATE TABLE shopify_transactions (
    id             INTEGER PRIMARY KEY,
    order_id       TEXT NOT NULL,
    transaction_id TEXT NOT NULL UNIQUE,
    amount         TEXT,
    currency       TEXT,
    created_at     TEXT NOT NULL
);

-- Webhook deliveries already handled (X-Shopify-Webhook-Id), so a redelivery changes nothing.
CREATE TABLE webhook_deliveries (
    webhook_id   TEXT NOT NULL PRIMARY KEY,
    topic        TEXT,
    triggered_at TEXT,
    received_at  TEXT NOT NULL
);

-- Callbacks to send (e.g. mark an order paid in Shopify), written in the same transaction as the change.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL,
    order_id        TEXT,
    payload         TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('Pending', 'Sent', 'Failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    last_error      TEXT,
    created_at      TEXT    NOT NULL,
    sent_at         TEXT
);
CREATE INDEX outbox_by_status ON outbox (status, next_attempt_at);
