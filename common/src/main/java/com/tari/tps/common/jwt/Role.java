package com.tari.tps.common.jwt;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The roles an address can hold, with their wire names. {@code super_admin} passes every role check. */
public enum Role {
    READ_ALL("read_all"), WRITE("write"), USER("user"), PAYMENT_WALLET("payment_wallet"), SUPER_ADMIN("super_admin");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Exact, case-sensitive wire name. @throws IllegalArgumentException naming the valid roles */
    @JsonCreator
    public static Role fromWire(String name) {
        for (Role r : values()) {
            if (r.wireName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "' (expected one of "
                + Arrays.stream(values()).map(Role::wireName).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return wireName;
    }
}
