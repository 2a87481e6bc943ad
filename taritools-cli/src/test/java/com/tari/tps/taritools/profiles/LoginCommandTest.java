package com.tari.tps.taritools.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import com.tari.tps.server.http.ApiServer;
import com.tari.tps.taritools.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `taritools login` against a real server: a new admin gets a working profile without building a token by hand. */
class LoginCommandTest {
    @TempDir
    Path dir;

    @Test
    void aNewAdminKeyIsSavedRefusedUntilGrantedAndThenAccepted() throws Exception {
        try (ApiServer server = new ApiServer(dir.resolve("server"))) {
            Map<String, String> env = Map.of("TARITOOLS_HOME", dir.resolve("home").toString());

            Tool.Run refused = Tool.run(env, "login", "-p", "Admin", "--new-key", "-r", "super_admin", "--server", server.url("/"));
            assertThat(refused.exit()).isEqualTo(1);
            Matcher address = Pattern.compile("Address: (\\S+)").matcher(refused.out());
            assertThat(address.find()).as(refused.out()).isTrue();
            assertThat(refused.err()).contains("refused the login", "taritools setup add-user -a " + address.group(1) + " -r super_admin");
            String config = Files.readString(dir.resolve("home/config.toml"));
            assertThat(config).as("the new key is not lost").contains("name = \"Admin\"", "secret_key = \"", "roles = [\"super_admin\"]");

            server.engine.engine.access().updateRoles(TariAddress.parse(address.group(1)), List.of(Role.SUPER_ADMIN), List.of());
            Thread.sleep(1100); // login nonces are seconds and must grow
            Tool.Run accepted = Tool.run(env, "login", "-p", "Admin");
            assertThat(accepted.exit()).as(accepted.err()).isZero();
            assertThat(accepted.out()).contains("Logged in to " + server.url("/") + " as 'Admin' with roles [super_admin]");
        }
    }

    @Test
    void aProfileFromAKeyInAnEnvironmentVariableStoresOnlyTheVariablesName() throws Exception {
        Wallet shopper = Wallet.random();
        try (ApiServer server = new ApiServer(dir.resolve("server"))) {
            Map<String, String> env = Map.of("TARITOOLS_HOME", dir.resolve("home").toString(), "SHOP_KEY", shopper.key().toHex());

            Tool.Run run = Tool.run(env, "login", "-p", "Shopper", "--secret-key-env", "SHOP_KEY", "--server", server.url("/"));
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("Address: " + shopper.address().toBase58(), "the server accepted the login token",
                    "Profile 'Shopper' is ready");
            assertThat(Files.readString(dir.resolve("home/config.toml"))).contains("secret_key_envar = \"SHOP_KEY\"")
                    .doesNotContain(shopper.key().toHex());

            Tool.Run twice = Tool.run(env, "login", "-p", "Shopper", "--new-key");
            assertThat(twice.exit()).isEqualTo(1);
            assertThat(twice.err()).contains("already exists");
        }
    }

    @Test
    void aKeyTypedWhenAskedIsReadWithoutBeingPrintedAndSavedOnceTheServerAcceptsIt() throws Exception {
        Wallet shopper = Wallet.random();
        java.io.InputStream stdin = System.in;
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream prompt = new java.io.ByteArrayOutputStream();
        try (ApiServer server = new ApiServer(dir.resolve("server"))) {
            Map<String, String> env = Map.of("TARITOOLS_HOME", dir.resolve("home").toString());
            // No console under the test runner: picocli then reads the answer from stdin.
            System.setIn(new java.io.ByteArrayInputStream((shopper.key().toHex() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            System.setOut(new java.io.PrintStream(prompt, true, java.nio.charset.StandardCharsets.UTF_8));
            Tool.Run run = Tool.run(env, "login", "-p", "Shopper", "--secret-key", "--server", server.url("/"));
            System.setOut(stdout);

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(prompt.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("Secret key (hex), not shown: ");
            assertThat(run.out()).contains("Address: " + shopper.address().toBase58(), "the server accepted the login token")
                    .doesNotContain(shopper.key().toHex());
            assertThat(Files.readString(dir.resolve("home/config.toml"))).contains("secret_key = \"" + shopper.key().toHex() + "\"");
        } finally {
            System.setIn(stdin);
            System.setOut(stdout);
        }
    }

    @Test
    void aNewProfileWithoutAKeyOptionAndNoTerminalIsToldWhereAKeyCanComeFrom() {
        Tool.Run run = Tool.run(Map.of("TARITOOLS_HOME", dir.resolve("home").toString()), "login", "-p", "Nobody");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--new-key", "--secret-key (asks for it)", "--secret-key-env <VAR>");
    }
}
