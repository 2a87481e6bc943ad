package com.tari.tps.taritools.shopify;

import com.tari.tps.shopify.admin.ShopifyException;
import com.tari.tps.shopify.admin.WebhookInstaller;
import com.tari.tps.taritools.Main;
import com.tari.tps.taritools.ToolException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The store's webhook subscriptions to this server. */
@Command(name = "webhooks", mixinStandardHelpOptions = true, description = "List or install the webhooks TPS needs.")
public final class WebhooksCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the store's webhook subscriptions.")
    void list() {
        try {
            ShopifyCommand.print(spec, "Webhooks", ShopifyCommand.client(spec).webhooks());
        } catch (ShopifyException e) {
            throw new ToolException("Error fetching webhooks: " + e.getMessage());
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Subscribe the store to orders/create, products/update, order_transactions/create and orders/updated.")
    void install(@Parameters(arity = "0..1", paramLabel = "<server_url>",
            description = "Public URL of this server, e.g. https://tps.example.com. Default: built from TPG_SCHEMA, TPG_HOST and TPG_PORT.")
                 String serverUrl) {
        String url = serverUrl != null ? serverUrl : com.tari.tps.taritools.profiles.DefaultServer.url(Main.of(spec).environment());
        PrintWriter out = spec.commandLine().getOut();
        try {
            for (WebhookInstaller.Outcome outcome : new WebhookInstaller(ShopifyCommand.client(spec)).install(url)) {
                out.println(switch (outcome.action()) {
                    case ALREADY_INSTALLED -> "Webhook already exists for " + outcome.topic() + ". Skipping";
                    case UPDATED -> "Updated webhook for " + outcome.topic() + " to " + outcome.address();
                    case CREATED -> "Installed webhook for " + outcome.topic() + " at " + outcome.address();
                });
            }
            out.flush();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (ShopifyException e) {
            throw new ToolException("Error installing webhooks: " + e.getMessage());
        }
    }

}
