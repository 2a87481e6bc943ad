package com.tari.tps.taritools.shopify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tari.tps.server.shopify.ShopifySettings;
import com.tari.tps.shopify.admin.RetryPolicy;
import com.tari.tps.shopify.admin.ShopifyAdminClient;
import com.tari.tps.shopify.admin.ShopifyConfig;
import com.tari.tps.taritools.Main;
import com.tari.tps.taritools.ToolException;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Calls to the store's Admin API, configured by TPG_SHOPIFY_SHOP and TPG_SHOPIFY_ADMIN_ACCESS_TOKEN. */
@Command(name = "shopify", mixinStandardHelpOptions = true,
        description = "Shopify Admin API helpers (needs TPG_SHOPIFY_SHOP and TPG_SHOPIFY_ADMIN_ACCESS_TOKEN).",
        subcommands = {OrdersCommand.class, RatesCommand.class, ProductsCommand.class, WebhooksCommand.class})
public final class ShopifyCommand implements Runnable {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The Admin API client for this run; long timeouts, since catalogue-wide calls can take minutes. */
    static ShopifyAdminClient client(CommandLine.Model.CommandSpec spec) {
        ShopifyConfig config = ShopifySettings.from(Main.of(spec).environment()).admin().orElseThrow(() -> new ToolException(
                "Error creating Shopify API: set TPG_SHOPIFY_SHOP and TPG_SHOPIFY_ADMIN_ACCESS_TOKEN"));
        return new ShopifyAdminClient(new ShopifyConfig(config.shop(), config.apiVersion(), config.accessToken(),
                Duration.ofSeconds(15), Duration.ofMinutes(2)), RetryPolicy.standard());
    }

    /** Prints a title line, then the value as indented JSON. */
    static void print(CommandLine.Model.CommandSpec spec, String title, Object value) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(title);
        try {
            out.println(PRETTY.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
