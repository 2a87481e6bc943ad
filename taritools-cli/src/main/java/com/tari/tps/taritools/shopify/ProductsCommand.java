package com.tari.tps.taritools.shopify;

import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.taritools.AmountConverter;
import com.tari.tps.server.shopify.VariantRepricer;
import com.tari.tps.shopify.admin.ShopifyException;
import com.tari.tps.taritools.ToolException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Product variants and their {@code custom.tari_price} metafields. */
@Command(name = "products", mixinStandardHelpOptions = true, description = "List variants, or set their Tari prices.")
public final class ProductsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "all", mixinStandardHelpOptions = true, description = "Print every variant with its price and Tari price.")
    void all() {
        try {
            ShopifyCommand.print(spec, "Variants", ShopifyCommand.client(spec).variants());
        } catch (ShopifyException e) {
            throw new ToolException("Error fetching variants: " + e.getMessage());
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Print one variant.")
    void get(@Parameters(paramLabel = "<id>", description = "Numeric variant id.") long id) {
        try {
            var variant = ShopifyCommand.client(spec).variant(id);
            if (variant.isEmpty()) {
                spec.commandLine().getOut().println("Variant #" + id + " not found");
                spec.commandLine().getOut().flush();
                return;
            }
            ShopifyCommand.print(spec, "Variant #" + id, variant.get());
        } catch (ShopifyException e) {
            throw new ToolException("Error fetching variant #" + id + ": " + e.getMessage());
        }
    }

    @Command(name = "update-price", mixinStandardHelpOptions = true,
            description = "Recompute every variant's Tari price at a rate per currency UNIT (e.g. 30T, or 30000000uT, per USD).")
    void updatePrice(@Parameters(paramLabel = "<rate>", converter = AmountConverter.class,
            description = "Amount per unit of the shop currency, with its unit: 30T or 30000000uT.") MicroTari rate) {
        if (!rate.isPositive()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The rate must be more than zero");
        }
        spec.commandLine().getOut().println("Updating prices at " + com.tari.tps.common.amount.AmountFormat.both(rate) + " per unit (this could take a few minutes)...");
        spec.commandLine().getOut().flush();
        try {
            int written = new VariantRepricer(ShopifyCommand.client(spec)).repriceAll(rate);
            spec.commandLine().getOut().println(written + " variant price(s) updated");
            spec.commandLine().getOut().flush();
        } catch (ShopifyException | ArithmeticException e) {
            throw new ToolException("Error updating prices: " + e.getMessage());
        }
    }
}
