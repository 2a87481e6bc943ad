package com.tari.tps.taritools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import org.junit.jupiter.api.Test;

/**
 * Help texts that tell users to pass an option or set a variable must name ones that exist: an option of that command
 * (or of the root, which applies everywhere), and a variable taritools really reads.
 */
class HelpTextNamesTest {
    private static final Pattern OPTION = Pattern.compile("(?<![\\w/-])(--?[a-zA-Z][\\w-]*)");
    private static final Pattern VARIABLE = Pattern.compile("\\b((?:TPG|TARITOOLS|TPS)_[A-Z_]+)\\b");
    /** The variables taritools reads: DefaultServer, setup, wallet received, the Shopify settings and Main.home(). */
    private static final Set<String> READ = Set.of("TPG_SCHEMA", "TPG_HOST", "TPG_PORT", "TPG_DATABASE_URL",
            "TPG_SHOPIFY_ORDER_ID_FIELD", "TPG_SHOPIFY_SHOP", "TPG_SHOPIFY_ADMIN_ACCESS_TOKEN", "TPG_SHOPIFY_API_VERSION",
            "TARITOOLS_HOME");

    @Test
    void everyOptionAndVariableAHelpTextNamesExists() {
        List<String> wrong = new ArrayList<>();
        check(Main.commandLine().getCommandSpec(), wrong);
        assertThat(wrong).isEmpty();
    }

    private static void check(CommandSpec command, List<String> wrong) {
        Set<String> known = new HashSet<>(command.optionsMap().keySet());
        known.addAll(command.root().optionsMap().keySet());
        List<String> texts = new ArrayList<>(List.of(command.usageMessage().description()));
        command.options().forEach(o -> texts.addAll(List.of(o.description())));
        command.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
        for (String text : texts) {
            Matcher option = OPTION.matcher(text);
            while (option.find()) {
                if (!known.contains(option.group(1))) {
                    wrong.add(command.qualifiedName() + ": option " + option.group(1) + " in \"" + text + "\"");
                }
            }
            Matcher variable = VARIABLE.matcher(text);
            while (variable.find()) {
                if (!READ.contains(variable.group(1))) {
                    wrong.add(command.qualifiedName() + ": variable " + variable.group(1) + " in \"" + text + "\"");
                }
            }
        }
        for (CommandLine sub : command.subcommands().values()) {
            check(sub.getCommandSpec(), wrong);
        }
    }
}
