package com.tari.tps.shopify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A product variant of a {@code products/update} payload. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopifyVariant(String id, String price, String title) {}
