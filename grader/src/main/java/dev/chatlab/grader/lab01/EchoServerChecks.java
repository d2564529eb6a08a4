package dev.chatlab.grader.lab01;

import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Connection;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Order;

/** Grades a lab01 echo server (64 points): the contract's "lab01 echo" section, server side. */
@GradingSuite
public class EchoServerChecks {

    private static final Duration REPLY = Duration.ofSeconds(3);
    /** The echo's hint and section: what a check that needs an echo first points to when none comes. */
    static final String ECHO_HINT = "Accept a connection, read what arrives and write it back on the same socket.";
    static final String ECHO_SEE = "lab01.md#the-socket-lifecycle";

    @Check(points = 5, see = "lab01.md#the-socket-lifecycle",
            hint = "Print exactly `LISTENING <port>` once the server socket is bound, and send logs to stderr.")
    @Order(1)
    void announces_its_port_as_its_only_stdout_line(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        try (Connection client = server.connect()) {
            client.sendLine("ping");
            // The server is serving: whatever it would print, it has begun.
            echoFirst(client, "could not test stdout while serving: the server did not echo the first line");
        }
        Expect.equal("stdout lines after `LISTENING <port>`", List.of(), server.laterStdout());
    }

    @Check(points = 5, see = "lab01.md#the-socket-lifecycle",
            hint = ECHO_HINT)
    @Order(2)
    void echoes_one_line(Harness harness) throws IOException {
        try (Connection client = harness.startServer().connect()) {
            client.sendLine("hello, echo");
            Expect.equal("echo", "hello, echo", client.readLine(REPLY));
        }
    }

    @Check(points = 10, see = "lab01.md#tcp-is-a-byte-stream",
            hint = "Keep reading in a loop: one read may bring several lines, and all of them must come back.")
    @Order(3)
    void echoes_many_lines_sent_in_one_write(Harness harness) throws IOException {
        try (Connection client = harness.startServer().connect()) {
            client.send("one\ntwo\nthree\n");
            for (String expected : new String[] {"one", "two", "three"}) {
                Expect.equal("echo", expected, client.readLine(REPLY));
            }
        }
    }

    @Check(points = 10, see = "lab01.md#tcp-is-a-byte-stream",
            hint = "A read returns whatever has arrived, possibly one byte: echo it and read again.")
    @Order(4)
    void echoes_a_line_sent_one_byte_at_a_time(Harness harness) throws IOException {
        try (Connection client = harness.startServer().connect()) {
            for (byte b : "slowly\n".getBytes(StandardCharsets.UTF_8)) {
                client.send(new byte[] {b});
            }
            Expect.equal("echo", "slowly", client.readLine(REPLY));
        }
    }

    @Check(points = 10, see = "lab01.md#tcp-is-a-byte-stream",
            hint = "Echo bytes as they arrive: the server must not wait for a newline.")
    @Order(5)
    void echoes_bytes_before_the_line_ends(Harness harness) throws IOException {
        try (Connection client = harness.startServer().connect()) {
            client.send("no newline yet");
            Expect.equal("echo", "no newline yet",
                    new String(client.readExactly(14, REPLY), StandardCharsets.UTF_8));
        }
    }

    @Check(points = 10, see = "lab01.md#tcp-is-a-byte-stream", timeoutSeconds = 30,
            hint = "Write back exactly the bytes read (buffer, 0, n), never a String; don't wait for the whole input.")
    @Order(6)
    void echoes_1_MiB_of_random_binary_data_while_the_client_is_still_sending(Harness harness) throws Exception {
        byte[] data = new byte[1 << 20];
        harness.random().nextBytes(data);
        try (Connection client = harness.startServer().connect();
             ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> sending = sender.submit(() -> {
                for (int offset = 0; offset < data.length; offset += 16 * 1024) {
                    client.send(Arrays.copyOfRange(data, offset, offset + 16 * 1024));
                }
                return null;
            });
            byte[] echoed = client.readExactly(data.length, Duration.ofSeconds(10));
            sending.get();
            Expect.sameBytes(data, echoed);
        }
    }

    @Check(points = 10, see = "lab01.md#half-close",
            hint = "When read returns -1 the client has half-closed: finish writing, then close the socket.")
    @Order(7)
    void finishes_echoing_and_closes_after_a_half_close(Harness harness) throws IOException {
        try (Connection client = harness.startServer().connect()) {
            client.sendLine("last words");
            client.shutdownOutput();
            Expect.equal("echo", "last words", client.readLine(REPLY));
            client.expectClosed(REPLY);
        }
    }

    @Check(points = 5, see = "lab01.md#one-client-at-a-time",
            hint = "After one client's connection ends, go back to accept() for the next one.")
    @Order(8)
    void serves_a_second_client_after_the_first(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        Connection second;
        try (Connection first = server.connect()) {
            second = server.connect();
            first.sendLine("first");
            Expect.first("could not test a second client: the server did not echo the first client's line",
                    ECHO_HINT, ECHO_SEE, () -> {
                        Expect.equal("echo to the first client", "first", first.readLine(REPLY));
                        return null;
                    });
            second.sendLine("second");
        }
        Expect.equal("echo to the second client", "second", second.readLine(REPLY));
    }

    @Check(points = 5, see = "lab01.md#surviving-a-reset",
            hint = "Catch the IOException of one client inside the accept loop, close that socket, keep accepting.")
    @Order(9)
    void survives_a_client_reset_and_serves_the_next_client(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        Connection rude = server.connect();
        rude.send(new byte[64 * 1024]);
        rude.reset();
        try (Connection next = server.connect()) {
            next.sendLine("still there?");
            Expect.equal("echo to the next client", "still there?", next.readLine(Duration.ofSeconds(5)));
        }
    }

    @Check(points = 5, see = "lab01.md#the-socket-lifecycle",
            hint = "SIGTERM must end the process: close the server socket (a shutdown hook) and exit.")
    @Order(10)
    void exits_cleanly_on_SIGTERM(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        try (Connection client = server.connect()) {
            client.sendLine("ping");
            // The server is up and serving before it is asked to stop.
            echoFirst(client, "could not test SIGTERM: the server did not echo the first line");
        }
        server.terminate();
        int status = server.awaitExit(Duration.ofSeconds(5));
        Expect.oneOf("exit status after SIGTERM", List.of(0, 143), status);
    }

    @Check(points = 5, see = "lab01.md#one-client-at-a-time",
            hint = "Serve one client at a time: accept() the next client only once the current connection is closed;"
                    + " a thread per client is lab02's idea, not lab01's.")
    @Order(11)
    void keeps_a_second_client_waiting_until_the_first_is_gone(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        Connection first = server.connect();
        first.sendLine("first");
        Expect.first("could not test a waiting client: the server did not echo the first client's line",
                ECHO_HINT, ECHO_SEE, () -> {
                    Expect.equal("echo to the first client", "first", ascii(first.readExactly(5, REPLY)));
                    return null;
                });
        try (Connection second = server.connect()) {
            // Connected, but still in the backlog: an iterative server does not read from it yet.
            second.sendLine("second");
            second.expectNothing(Duration.ofMillis(700));
            first.close();
            Expect.equal("echo to the second client once the first is gone", "second",
                    ascii(second.readExactly(6, Duration.ofSeconds(5))));
        }
    }

    /** Reads the first byte of an echo, which the check needs before it tests its own behaviour. */
    private static void echoFirst(Connection client, String unmet) throws IOException {
        Expect.first(unmet, ECHO_HINT, ECHO_SEE, () -> client.readExactly(1, REPLY));
    }

    private static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
