package dev.chatlab.grader.lab01.broken;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The command line of the broken lab01 programs, read as the process contract wants it unless a defect says
 * otherwise: {@code server [--port P] [--bind ADDR]} and {@code client [--host H] [--port P]}, the port a
 * number from 0 (1 for a client) to 65535; anything else is bad usage, reported on stderr with exit status
 * {@code usageStatus}.
 *
 * @param host the client's {@code --host}
 * @param bind the server's {@code --bind}
 * @param port {@code --port}
 */
record EchoCommandLine(String host, InetAddress bind, int port) {

    /**
     * Reads {@code args}, whose first word is the role ({@code server} or {@code client}); exits the process with
     * {@code usageStatus} if they are bad.
     */
    static EchoCommandLine parse(String[] args, int defaultPort, int usageStatus) {
        List<String> words = List.of(args);
        boolean client = words.getFirst().equals("client");
        String host = "127.0.0.1";
        InetAddress bind = InetAddress.getLoopbackAddress();
        int port = defaultPort;
        try {
            for (int i = 1; i < words.size(); i += 2) {
                String option = words.get(i);
                if (i + 1 >= words.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = words.get(i + 1);
                switch (option) {
                    case "--port" -> port = port(value, client ? 1 : 0);
                    case "--host" -> host = client ? value : unknown(option);
                    case "--bind" -> bind = client ? unknown(option) : InetAddress.getByName(value);
                    default -> unknown(option);
                }
            }
        } catch (IllegalArgumentException | UnknownHostException e) {
            System.err.println("usage: " + e.getMessage());
            System.exit(usageStatus);
        }
        return new EchoCommandLine(host, bind, port);
    }

    private static int port(String value, int lowest) {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Port is not a number: " + value);
        }
        if (port < lowest || port > 65_535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        return port;
    }

    private static <T> T unknown(String option) {
        throw new IllegalArgumentException("Unknown option: " + option);
    }
}
