package com.tari.tps.taritools.profiles;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.server.config.Environment;
import java.util.List;
import java.util.Optional;

/**
 * A saved identity: who the user is on which server. The secret is either stored (hex) or named by
 * an environment variable; {@link #toString()} never shows it.
 *
 * @param server base URL, always ending in "/"
 */
public record Profile(String name, TariAddress address, Optional<String> secretKey, Optional<String> secretKeyEnvar,
                      List<String> roles, String server) {

    public Profile {
        roles = List.copyOf(roles);
        server = server.endsWith("/") ? server : server + "/";
    }

    /**
     * The secret key: the stored one, else the one in the named environment variable. It must belong to the address.
     *
     * @throws IllegalStateException with a message that never includes the secret
     */
    public SecretKey secret(Environment env) {
        String hex = secretKey.or(() -> secretKeyEnvar.flatMap(env::get)).orElseThrow(() -> new IllegalStateException(
                "Profile " + name + " is missing a secret key: " + secretKeyEnvar
                        .map(v -> "the environment variable " + v + " (its secret_key_envar) is not set")
                        .orElse("give it a secret_key or a secret_key_envar in the profiles file")));
        SecretKey key;
        try {
            key = SecretKey.fromHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The secret key of profile " + name + " is not a valid key (64 hex characters)");
        }
        if (!key.publicKey().equals(address.spendKey())) {
            throw new IllegalStateException("The secret key of profile " + name + " does not belong to its address");
        }
        return key;
    }

    /** How pickers show it: name and server. */
    public String label() {
        return name + " (" + server + ")";
    }

    @Override
    public String toString() {
        return "Profile[" + name + ", " + address.toBase58() + ", " + server + "]";
    }
}
