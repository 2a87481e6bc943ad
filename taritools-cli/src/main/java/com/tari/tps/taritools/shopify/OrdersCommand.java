package com.tari.tps.taritools.shopify;

import com.tari.tps.shopify.admin.CancelReason;
import com.tari.tps.shopify.admin.ShopifyException;
import com.tari.tps.taritools.ToolException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Orders in the store: read, list open ones, cancel, mark paid. */
@Command(name = "orders", mixinStandardHelpOptions = true, description = "Get, list, cancel or mark paid Shopify orders.")
public final class OrdersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Print an order as Shopify has it.")
    void get(@Parameters(paramLabel = "<id>", description = "Numeric Shopify order id.") long id) {
        try {
            ShopifyCommand.print(spec, "Order #" + id, ShopifyCommand.client(spec).orderJson(id));
        } catch (ShopifyException e) {
            throw new ToolException("Error fetching order #" + id + ": " + e.getMessage());
        }
    }

    @Command(name = "open", mixinStandardHelpOptions = true, description = "Print every open order (all pages).")
    void open() {
        try {
            ShopifyCommand.print(spec, "Open orders", ShopifyCommand.client(spec).openOrders());
        } catch (ShopifyException e) {
            throw new ToolException("Error fetching open orders: " + e.getMessage());
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel an order in Shopify.")
    void cancel(@Parameters(paramLabel = "<id>", description = "Numeric Shopify order id.") long id,
                @Option(names = "--reason", defaultValue = "other",
                        description = "customer, inventory, fraud, declined or other. Default: ${DEFAULT-VALUE}") String reason) {
        CancelReason why;
        try {
            why = CancelReason.of(reason);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            ShopifyCommand.print(spec, "Cancelled order #" + id, ShopifyCommand.client(spec).cancelOrder(id, why));
        } catch (ShopifyException e) {
            throw new ToolException("Error cancelling order #" + id + ": " + e.getMessage());
        }
    }

    @Command(name = "pay", mixinStandardHelpOptions = true,
            description = "Mark an order paid (a capture transaction on the manual gateway; no money moves).")
    void pay(@Parameters(index = "0", paramLabel = "<id>", description = "Numeric Shopify order id.") long id,
             @Parameters(index = "1", paramLabel = "<amount>", description = "Amount in the order currency, e.g. 23.90.") String amount,
             @Parameters(index = "2", paramLabel = "<currency>", description = "The order currency, e.g. USD.") String currency) {
        try {
            new java.math.BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Amount must be a decimal number, e.g. 23.90; got '" + amount + "'");
        }
        try {
            ShopifyCommand.print(spec, "Marked order #" + id + " as paid", ShopifyCommand.client(spec).markPaid(id, amount, currency));
        } catch (ShopifyException e) {
            throw new ToolException("Error marking order #" + id + " as paid: " + e.getMessage());
        }
    }
}
