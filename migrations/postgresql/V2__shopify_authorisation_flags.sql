-- Card authorisations remembered from order_transactions/create need to know whether they are test transactions and
-- whether they have been captured.
ALTER TABLE shopify_transactions ADD COLUMN test BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE shopify_transactions ADD COLUMN captured BOOLEAN NOT NULL DEFAULT FALSE;
