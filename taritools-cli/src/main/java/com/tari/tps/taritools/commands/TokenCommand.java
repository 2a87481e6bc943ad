package com.tari.tps.taritools.commands;

import com.tari.tps.common.address.TariAddress;
import com.tari.tps.common.jwt.LoginToken;
import com.tari.tps.common.jwt.Role;
import com.tari.tps.common.keys.SecretKey;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints a signed login token for {@code POST /auth}; the nonce is the current Unix time in seconds. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print a signed login token for POST /auth (header tpg_auth_token).")
public final class TokenCommand implements Runnable {
    @Mixin
    KeyOptions keys;

    @Option(names = {"-r", "--roles"}, split = ",", defaultValue = "user", converter = RoleConverter.class,
            description = "Roles to ask for, repeated or comma separated (user, read_all, write, payment_wallet, super_admin). "
                    + "Default: ${DEFAULT-VALUE}")
    List<Role> roles;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    public TokenCommand() {
        this(Clock.systemUTC());
    }

    TokenCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void run() {
        SecretKey key = keys.secretKey(spec.commandLine());
        TariAddress address = keys.address(key);
        long nonce = clock.instant().getEpochSecond();
        String token = new LoginToken(address, nonce, roles).sign(key);
        PrintWriter out = spec.commandLine().getOut();
        Frame.open(out, "Access Token");
        out.println("address: " + address.toEmoji());
        out.println("address: " + address.toBase58());
        out.println("network: " + keys.network());
        out.println("nonce: " + nonce);
        out.println("roles: " + roles.stream().map(Role::wireName).collect(Collectors.joining(",")));
        out.println("token:");
        out.println(token);
        Frame.close(out);
    }

    /** Exact role wire names; anything else is a usage error naming the valid ones. */
    public static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.fromWire(value.trim());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
