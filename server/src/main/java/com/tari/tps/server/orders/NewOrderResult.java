package com.tari.tps.server.orders;

/** What a new-order call did: stored it, or found it already there (a success for webhooks, nothing changed). */
public record NewOrderResult(Order order, boolean created) {}
