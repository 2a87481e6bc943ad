package com.tari.tps.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tari.tps.common.keys.InvalidKeyException;
import com.tari.tps.common.keys.PublicKey;
import com.tari.tps.common.keys.SecretKey;
import com.tari.tps.common.signatures.CanonicalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key pair that signs access tokens. From {@code TPG_JWT_SIGNING_KEY}/{@code TPG_JWT_VERIFICATION_KEY} when set
 * (they must match); otherwise from a key file beside the database, generated with 0600 permissions on first start,
 * so tokens survive restarts. Its path is logged, never its value.
 */
public record ServerKeys(SecretKey signingKey, PublicKey verificationKey) {
    private static final Logger log = LoggerFactory.getLogger(ServerKeys.class);

    @Override
    public String toString() {
        return "ServerKeys(verificationKey=" + verificationKey.toHex() + ")";
    }

    /** @param generated where a generated key is kept; empty on PostgreSQL, where the key must come from the environment */
    public static ServerKeys load(Environment env, Optional<Path> generated) {
        Optional<String> signing = env.get("TPG_JWT_SIGNING_KEY");
        Optional<String> verification = env.get("TPG_JWT_VERIFICATION_KEY");
        if (signing.isPresent() || verification.isPresent()) {
            if (signing.isEmpty() || verification.isEmpty()) {
                throw new Environment.ConfigException("TPG_JWT_SIGNING_KEY and TPG_JWT_VERIFICATION_KEY must be set together");
            }
            return matching(signing.get(), verification.get(), "TPG_JWT_SIGNING_KEY / TPG_JWT_VERIFICATION_KEY");
        }
        if (generated.isEmpty()) {
            throw new Environment.ConfigException("On PostgreSQL set TPG_JWT_SIGNING_KEY and TPG_JWT_VERIFICATION_KEY (the same on"
                    + " every instance, or a token from one is refused by another); `taritools address` prints a new key pair");
        }
        Path keyFile = generated.get();
        if (Files.exists(keyFile)) {
            try {
                JsonNode json = new ObjectMapper().readTree(keyFile.toFile());
                log.info("Access tokens are signed with the key in {}", keyFile.toAbsolutePath());
                return matching(json.path("jwt_signing_key").asText(), json.path("jwt_verification_key").asText(), keyFile.toString());
            } catch (IOException e) {
                throw new Environment.ConfigException("cannot read the server key file " + keyFile + ": " + e.getMessage());
            }
        }
        SecretKey key = SecretKey.random();
        ServerKeys keys = new ServerKeys(key, key.publicKey());
        write(keyFile, CanonicalJson.object().field("jwt_signing_key", key.toHex())
                .field("jwt_verification_key", key.publicKey().toHex()).build());
        log.info("Generated a server signing key for access tokens and stored it at {} (permissions 0600)", keyFile.toAbsolutePath());
        return keys;
    }

    private static ServerKeys matching(String signingHex, String verificationHex, String source) {
        try {
            SecretKey signing = SecretKey.fromHex(signingHex);
            PublicKey verification = PublicKey.fromHex(verificationHex);
            if (!signing.publicKey().equals(verification)) {
                throw new Environment.ConfigException("the JWT verification key does not match the signing key (" + source + ")");
            }
            return new ServerKeys(signing, verification);
        } catch (InvalidKeyException e) {
            throw new Environment.ConfigException("invalid JWT key in " + source + ": " + e.getMessage());
        }
    }

    private static void write(Path file, String json) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file); // e.g. Windows: the folder's ACL applies
            }
            Files.writeString(file, json, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the server key file " + file, e);
        }
    }
}
