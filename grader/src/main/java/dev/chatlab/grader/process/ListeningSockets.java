package dev.chatlab.grader.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Which local addresses listen on a TCP port, read from the kernel's socket tables in {@code /proc/net/tcp}
 * and {@code /proc/net/tcp6} (Linux): how the grader sees what a server bound without sending a byte to any
 * address but loopback. Each table line holds {@code local_address} as hex {@code ADDR:PORT}, the address in
 * the machine's byte order 32 bits at a time, and the state {@code 0A} for LISTEN.
 */
final class ListeningSockets {

    private static final Path TCP4 = Path.of("/proc/net/tcp");
    private static final Path TCP6 = Path.of("/proc/net/tcp6");
    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /**
     * The addresses of every socket listening on {@code port}, IPv4-mapped IPv6 addresses read as IPv4; empty
     * if this system has no {@code /proc/net/tcp}, so that the caller can say that it could not look.
     *
     * @throws IOException if a table exists but cannot be read
     */
    static Optional<List<InetAddress>> on(int port) throws IOException {
        if (!Files.isReadable(TCP4)) {
            return Optional.empty();
        }
        List<InetAddress> addresses = new ArrayList<>(read(TCP4, port));
        if (Files.isReadable(TCP6)) {
            addresses.addAll(read(TCP6, port));
        }
        return Optional.of(addresses);
    }

    private static List<InetAddress> read(Path table, int port) throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (String line : Files.readAllLines(table).stream().skip(1).toList()) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length < 4 || !fields[3].equals(LISTEN)) {
                continue;
            }
            String[] local = fields[1].split(":");
            if (local.length == 2 && Integer.parseInt(local[1], 16) == port) {
                addresses.add(address(local[0]));
            }
        }
        return addresses;
    }

    /** A table's hex address: 8 digits for IPv4, 32 for IPv6, each group of 8 a 32-bit word in native order. */
    private static InetAddress address(String hex) throws UnknownHostException {
        byte[] bytes = HexFormat.of().parseHex(hex);
        if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
            for (int word = 0; word < bytes.length; word += 4) {
                reverse(bytes, word);
            }
        }
        return InetAddress.getByAddress(bytes); // an IPv4-mapped IPv6 address comes back as IPv4
    }

    private static void reverse(byte[] bytes, int from) {
        for (int i = 0; i < 2; i++) {
            byte swap = bytes[from + i];
            bytes[from + i] = bytes[from + 3 - i];
            bytes[from + 3 - i] = swap;
        }
    }
}
