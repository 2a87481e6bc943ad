package com.tari.tps.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.App;
import com.tari.tps.server.engine.EngineFixture.Wallet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authorisation, driven by the server's own route table: every route declares who may call it, and for each route
 * that needs a token, no token is 401, a token without the role is 403, and the declared role gets past the check.
 * A route added without a declared access is found here and, before that, stops the server from starting.
 */
class RouteAccessTest {
    private static final String ALICE = "14wqR3rjyVbjgXDyLVaL97p3CksHc84cz9hLLMMTMYDjtBt";
    private static final MediaType JSON = MediaType.get("application/json");

    @TempDir
    Path dir;

    private final OkHttpClient http = new OkHttpClient();
    private long nonce = 1;

    @Test
    void everyRouteDeclaresItsAccessAndTheDeclarationIsEnforced() throws Exception {
        try (ApiServer server = new ApiServer(dir)) {
            List<App.Route> routes = server.routes();
            assertThat(routes).hasSizeGreaterThan(50);
            assertThat(routes).allSatisfy(r -> assertThat(r.access()).as(r.method() + " " + r.path()).isNotNull());
            assertThat(routes).filteredOn(r -> r.path().startsWith("/api/"))
                    .allSatisfy(r -> assertThat(r.access().role()).as("every /api route needs a token: " + r.path()).isPresent());

            Wallet reader = Wallet.random();
            Wallet writer = Wallet.random();
            Wallet admin = Wallet.random();
            var access = server.engine.engine.access();
            access.updateRoles(reader.address(), List.of(Role.READ_ALL), List.of());
            access.updateRoles(writer.address(), List.of(Role.WRITE), List.of());
            access.updateRoles(admin.address(), List.of(Role.SUPER_ADMIN), List.of());
            Map<Access, String> holding = Map.of(
                    Access.USER, login(server, Wallet.random(), Role.USER),
                    Access.READ_ALL, login(server, reader, Role.READ_ALL),
                    Access.WRITE, login(server, writer, Role.WRITE),
                    Access.SUPER_ADMIN, login(server, admin, Role.SUPER_ADMIN));
            Map<Access, String> lacking = Map.of(
                    Access.READ_ALL, holding.get(Access.WRITE),
                    Access.WRITE, holding.get(Access.READ_ALL),
                    Access.SUPER_ADMIN, holding.get(Access.WRITE));

            List<String> wrong = new ArrayList<>();
            for (App.Route route : routes) {
                String path = concrete(route.path());
                String name = route.method() + " " + route.path() + " (" + route.access() + ")";
                if (route.access().role().isEmpty()) {
                    int open = status(server, route.method(), path, null);
                    if (route.access() == Access.PUBLIC && (open == 401 || open == 403)) {
                        wrong.add(name + ": public, but " + open + " without a token");
                    }
                    continue;
                }
                int none = status(server, route.method(), path, null);
                if (none != 401) {
                    wrong.add(name + ": " + none + " without a token");
                }
                if (lacking.containsKey(route.access())) {
                    int denied = status(server, route.method(), path, lacking.get(route.access()));
                    if (denied != 403) {
                        wrong.add(name + ": " + denied + " without the role");
                    }
                }
                int allowed = status(server, route.method(), path, holding.get(route.access()));
                if (allowed == 401 || allowed == 403) {
                    wrong.add(name + ": " + allowed + " with the role");
                }
                int superAdmin = status(server, route.method(), path, holding.get(Access.SUPER_ADMIN));
                if (superAdmin == 401 || superAdmin == 403) {
                    wrong.add(name + ": " + superAdmin + " for a super_admin");
                }
            }
            assertThat(wrong).isEmpty();
        }
    }

    @Test
    void aRouteWithoutExactlyOneAccessIsRefused() {
        assertThatThrownBy(() -> AccessGuard.declared(Set.of(), "GET /new")).hasMessageContaining("GET /new");
        assertThatThrownBy(() -> AccessGuard.declared(Set.of(Access.PUBLIC, Access.WRITE), "GET /new")).hasMessageContaining("exactly one");
        assertThat(AccessGuard.declared(Set.of(Access.WRITE), "GET /x")).isEqualTo(Access.WRITE);
    }

    private static String concrete(String template) {
        return template.replace("{address}", ALICE).replace("{order_id}", "o-1").replace("{customer_id}", "alice")
                .replace("{currency}", "USD").replace("{id}", "1").replace("{form_id}", "nope");
    }

    private String login(ApiServer server, Wallet who, Role role) throws Exception {
        String token = new LoginToken(who.address(), nonce++, List.of(role)).sign(who.key());
        try (Response r = server.post("/auth", null, Map.of("tpg_auth_token", token))) {
            assertThat(r.code()).isEqualTo(200);
            return r.body().string();
        }
    }

    /** The status only: the live feed keeps its body open. */
    private int status(ApiServer server, String method, String path, String token) throws Exception {
        RequestBody body = Set.of("POST", "PATCH", "PUT").contains(method) ? RequestBody.create("{}", JSON) : null;
        Request.Builder request = new Request.Builder().url(server.url(path)).method(method, body);
        if (token != null) {
            request.header("tpg_access_token", token);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            return response.code();
        }
    }
}
