package com.tari.tps.taritools.shopify;

import com.tari.tps.common.amount.AmountParser;
import com.tari.tps.common.amount.MicroTari;
import com.tari.tps.shopify.admin.ShopifyException;
import com.tari.tps.taritools.ToolException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The exchange rates the theme reads from the {@code tari_price/tari-price-global} metaobject. The server keeps it in
 * step when an admin sets the rate; these commands read or fix it directly.
 */
@Command(name = "rates", mixinStandardHelpOptions = true, description = "Read or write the theme's Tari exchange rates (metaobject).")
public final class RatesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Print the rates, in microTari per currency unit.")
    void get() {
        try {
            ShopifyCommand.print(spec, "Exchange rates", ShopifyCommand.client(spec).rates());
        } catch (ShopifyException e) {
            throw new ToolException("Error fetching exchange rates: " + e.getMessage());
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Set rates, e.g. USD=10T,EUR=11.5T (Tari per unit).")
    void set(@Parameters(paramLabel = "<CUR=amount,...>",
            description = "Comma-separated currency=amount pairs; the amount per currency unit carries its unit (10T or 10000000uT).") String pairs) {
        Map<String, Long> rates = new TreeMap<>();
        for (String pair : pairs.split(",")) {
            String[] parts = pair.trim().split("=");
            if (parts.length != 2 || !parts[0].trim().matches("[A-Za-z]{3}")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Exchange rate must be in the form 'USD=10T'");
            }
            String currency = parts[0].trim().toUpperCase(Locale.ROOT);
            try {
                MicroTari rate = AmountParser.parse(parts[1]);
                if (!rate.isPositive()) {
                    throw new IllegalArgumentException("a rate must be more than zero");
                }
                rates.put(currency, rate.value());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Invalid rate for " + currency + ": " + e.getMessage());
            }
        }
        try {
            Map<String, Long> written = ShopifyCommand.client(spec).setRates(rates);
            spec.commandLine().getOut().println("Exchange rates updated");
            ShopifyCommand.print(spec, "New rates:", written);
        } catch (ShopifyException e) {
            throw new ToolException("Error setting exchange rates: " + e.getMessage());
        }
    }
}
