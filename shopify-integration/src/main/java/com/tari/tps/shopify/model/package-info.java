/**
 * Shopify payloads as typed records: webhook bodies and REST answers. Unknown fields are ignored and
 * every field is optional, so a guest order, a draft product or a field Shopify adds later never fails binding; the
 * conversions decide what is really required. Ids are strings: Shopify ids overflow a double, and JSON numbers and
 * strings both bind.
 */
package com.tari.tps.shopify.model;
