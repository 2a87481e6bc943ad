package com.tari.tps.taritools.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.tari.tps.common.address.AddressFormatException;
import com.tari.tps.common.address.TariAddress;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code config.toml} in the taritools folder: read leniently (an empty {@code secret_key} is
 * absent, unknown keys are warned about), written whole with owner-only permissions (0700 folder, 0600 file).
 */
public final class ProfileStore {
    private static final Logger log = LoggerFactory.getLogger(ProfileStore.class);
    private static final Set<String> KEYS = Set.of("name", "address", "secret_key", "secret_key_envar", "roles", "server");

    private final Path file;

    public ProfileStore(Path folder) {
        this.file = folder.resolve("config.toml");
    }

    public Path file() {
        return file;
    }

    /** Every profile, in file order; none when the file does not exist yet. */
    public List<Profile> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = new TomlMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage());
        }
        List<Profile> profiles = new ArrayList<>();
        for (JsonNode node : root.path("profiles")) {
            node.fieldNames().forEachRemaining(key -> {
                if (!KEYS.contains(key)) {
                    log.warn("Unknown key '{}' in {} is ignored (did you mean secret_key_envar?)", key, file);
                }
            });
            String name = node.path("name").asText("");
            try {
                List<String> roles = new ArrayList<>();
                node.path("roles").forEach(r -> roles.add(r.asText()));
                profiles.add(new Profile(name, TariAddress.parse(node.path("address").asText("")), text(node, "secret_key"),
                        text(node, "secret_key_envar"), roles, node.path("server").asText("http://localhost:8360/")));
            } catch (AddressFormatException e) {
                log.warn("Profile '{}' in {} has an invalid address and is skipped: {}", name, file, e.getMessage());
            }
        }
        return profiles;
    }

    public Optional<Profile> byName(String name) {
        return load().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Appends a profile and rewrites the file. A name already in use is refused. */
    public void add(Profile profile) {
        List<Profile> profiles = new ArrayList<>(load());
        if (profiles.stream().anyMatch(p -> p.name().equals(profile.name()))) {
            throw new IllegalArgumentException("A profile named '" + profile.name() + "' already exists");
        }
        profiles.add(profile);
        save(profiles);
    }

    private void save(List<Profile> profiles) {
        StringBuilder toml = new StringBuilder();
        if (profiles.isEmpty()) {
            toml.append("profiles = []\n");
        }
        for (Profile p : profiles) {
            toml.append("[[profiles]]\n");
            line(toml, "name", p.name());
            line(toml, "address", p.address().toBase58());
            p.secretKey().ifPresent(k -> line(toml, "secret_key", k));
            p.secretKeyEnvar().ifPresent(v -> line(toml, "secret_key_envar", v));
            toml.append("roles = [").append(String.join(", ", p.roles().stream().map(ProfileStore::quote).toList())).append("]\n");
            line(toml, "server", p.server());
            toml.append('\n');
        }
        try {
            createPrivately();
            Files.writeString(file, toml);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage());
        }
    }

    private void createPrivately() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path folder = file.getParent();
        if (!Files.exists(folder)) {
            Files.createDirectories(folder);
            if (posix) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
        if (!Files.exists(file)) {
            Files.createFile(file);
            if (posix) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    private static void line(StringBuilder toml, String key, String value) {
        toml.append(key).append(" = ").append(quote(value)).append('\n');
    }

    /** A TOML basic string. */
    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static Optional<String> text(JsonNode node, String key) {
        String value = node.path(key).asText("");
        return value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
