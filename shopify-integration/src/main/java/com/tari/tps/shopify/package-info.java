/** Shopify webhooks in, Admin API out. */
package com.tari.tps.shopify;
