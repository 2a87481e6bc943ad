package com.tari.tps.shopify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A {@code products/update} payload: only the variants matter. Drafts (no published_at, no body_html) bind too. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopifyProduct(String id, String title, List<ShopifyVariant> variants) {
    public ShopifyProduct {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
