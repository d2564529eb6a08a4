package dev.chatlab.grader.lab03.broken;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.server.ConnectionGuard;
import dev.chatlab.lab02.server.ConnectionPolicy;
import dev.chatlab.lab03.accounts.LoginThrottle;
import dev.chatlab.lab03.server.SecurePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Scanner;

/**
 * The reference server with accounts, but users.db holds unsalted SHA-256 hashes: {@code users add NICK --file F}
 * writes {@code nick:<sha256 hex>}, and the server checks passwords against them, with the reference's lockout
 * and the same answer for every failure.
 */
public final class UnsaltedAccountsLab {

    private UnsaltedAccountsLab() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("users")) {
            String password = new Scanner(System.in, StandardCharsets.UTF_8).nextLine();
            Path file = Path.of(Lab03Parts.option(args, "--file").orElseThrow());
            Files.writeString(file, args[2] + ":" + sha256(password) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return;
        }
        Lab03Parts.serve(args, Lab03Parts.Swap.REFERENCE.withPolicy(accounts -> {
            ConnectionPolicy anyone = SecurePolicy.withoutAccounts(accounts.limits(), System.err);
            return accounts.users().isEmpty() ? anyone : withSha256Logins(anyone, read(accounts.users().get()));
        }));
    }

    private static ConnectionPolicy withSha256Logins(ConnectionPolicy anyone, Map<String, String> hashes) {
        LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
        return new ConnectionPolicy() {
            @Override
            public boolean admits(int openConnections) {
                return anyone.admits(openConnections);
            }

            @Override
            public ConnectionGuard guard(Socket socket, Runnable close) {
                ConnectionGuard guard = anyone.guard(socket, close);
                return new ConnectionGuard() {
                    @Override
                    public void beforeFirstFrame() throws IOException {
                        guard.beforeFirstFrame();
                    }

                    @Override
                    public void check(ClientFrame frame) throws ProtocolException {
                        if (frame instanceof ClientFrame.Hello hello) {
                            if (throttle.isLocked(socket.getInetAddress())) {
                                throw ProtocolException.closing(ErrorCode.RATE_LIMITED, "Too many failed logins.");
                            }
                            String stored = hashes.get(hello.nick().toLowerCase(Locale.ROOT));
                            if (stored == null || hello.password() == null || !stored.equals(sha256(hello.password()))) {
                                throttle.recordFailure(socket.getInetAddress());
                                throw ProtocolException.closing(ErrorCode.AUTH_FAILED, "Wrong nick or password.");
                            }
                        }
                        guard.check(frame);
                    }

                    @Override
                    public void accepted(ClientFrame frame) {
                        guard.accepted(frame);
                    }

                    @Override
                    public boolean closeAfterError(ErrorCode code) {
                        return guard.closeAfterError(code);
                    }

                    @Override
                    public void ended() {
                        guard.ended();
                    }
                };
            }
        };
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> hashes = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int colon = line.indexOf(':');
                hashes.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    private static String sha256(String password) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
