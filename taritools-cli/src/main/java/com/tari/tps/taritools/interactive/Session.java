package com.tari.tps.taritools.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.server.config.Environment;
import com.tari.tps.taritools.client.TpsClient;
import com.tari.tps.taritools.profiles.Profile;
import com.tari.tps.taritools.profiles.ProfileStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who is using the menus: the chosen profile, its access token (in memory only, logged in lazily by the first
 * action that needs it), and the customer-id and address pickers' lists (kept an hour, dropped on logout).
 */
final class Session {
    private static final Duration CACHE = Duration.ofHours(1);

    private final ProfileStore profiles;
    private final Environment env;
    private final Ui ui;
    private final Clock clock;
    private Profile profile;
    private String token;
    private long lastLoginNonce;
    private Cached customerIds;
    private Cached addresses;

    private record Cached(List<String> values, Instant at) {}

    Session(ProfileStore profiles, Environment env, Ui ui, Clock clock) {
        this.profiles = profiles;
        this.env = env;
        this.ui = ui;
        this.clock = clock;
    }

    String status() {
        return profile == null || token == null ? "Not logged in" : profile.name();
    }

    ProfileStore profiles() {
        return profiles;
    }

    Environment env() {
        return env;
    }

    /** The chosen profile, asking for one the first time. */
    Profile profile() {
        if (profile == null) {
            List<Profile> all = profiles.load();
            if (all.isEmpty()) {
                throw new IllegalStateException("No profiles yet: add one with User Menu » Add profile");
            }
            String label = ui.choose("Select profile", all.stream().map(Profile::label).toList());
            profile = all.stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
        }
        return profile;
    }

    TpsClient client() {
        return new TpsClient(profile().server());
    }

    /** The access token, logging in first if needed. A failed login leaves the session logged out. */
    String token() {
        if (token == null) {
            Profile p = profile();
            // Login nonces are seconds and must grow; two logins in one second would otherwise be refused.
            long nonce = Math.max(clock.instant().getEpochSecond(), lastLoginNonce + 1);
            String login = new LoginToken(p.address(), nonce, p.roles().stream().map(Role::fromWire).toList()).sign(p.secret(env));
            try {
                token = ui.busy("Authenticating with payment server " + p.server() + "auth", () -> client().login(login));
                lastLoginNonce = nonce;
            } catch (RuntimeException e) {
                profile = null;
                throw e;
            }
        }
        return token;
    }

    JsonNode get(String path) {
        return client().call("GET", path, null, token());
    }

    JsonNode send(String method, String path, Object body) {
        return client().call(method, path, body, token());
    }

    void logout() {
        profile = null;
        token = null;
        customerIds = null;
        addresses = null;
    }

    List<String> customerIds() {
        if (customerIds == null || customerIds.at().plus(CACHE).isBefore(clock.instant())) {
            customerIds = new Cached(strings(get("api/customer_ids")), clock.instant());
        }
        return customerIds.values();
    }

    List<String> addresses() {
        if (addresses == null || addresses.at().plus(CACHE).isBefore(clock.instant())) {
            addresses = new Cached(strings(get("api/addresses")), clock.instant());
        }
        return addresses.values();
    }

    Optional<Profile> current() {
        return Optional.ofNullable(profile);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
