package com.tari.tps.server.orders.lifecycle;

import com.tari.tps.server.accounts.Settlement;
import com.tari.tps.server.orders.Order;
import java.util.List;

/** An order moved to another customer: before, after, and any settlements that paid it as a result. */
public record OrderMove(Order oldOrder, Order newOrder, List<Settlement> settlements) {}
