package com.tari.tps.shopify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of an order's customer TPS uses. Redacted and guest orders have none. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopifyCustomer(String id) {}
