package dev.chatlab.grader.lab01;

import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.ClientProcess;
import dev.chatlab.grader.harness.Connection;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import dev.chatlab.grader.harness.Harness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Order;

/**
 * Grades a lab01 echo client (16 points) against a fake echo server played by the grader, which can answer
 * in any pieces it likes.
 */
@GradingSuite
public class EchoClientChecks {

    private static final Duration REPLY = Duration.ofSeconds(5);
    private static final String SEND_HINT = "Write each line typed on stdin to the socket, with its '\\n', and flush.";

    @Check(points = 10, see = "lab01.md#the-echo-client",
            hint = "Collect bytes until '\\n' and print only whole lines; a read may return a single byte.")
    @Order(1)
    void client_prints_a_reply_that_arrives_one_byte_at_a_time(Harness harness) throws IOException {
        try (FakeServer server = harness.fakeServer()) {
            ClientProcess client = harness.startClient(server.port());
            Connection connection = server.accept(REPLY);
            client.type("hello, bytes");
            Expect.first("could not test how the client prints a reply: it did not send the line typed on its stdin",
                    SEND_HINT, "lab01.md#the-echo-client", () -> {
                        Expect.equal("the line sent", "hello, bytes", connection.readLine(REPLY));
                        return null;
                    });
            // The first half alone: whatever the client reads now is not a whole line, so it must print nothing.
            connection.send("hello,");
            client.expectNoLine(Duration.ofMillis(500));
            for (byte b : " bytes\n".getBytes(StandardCharsets.UTF_8)) {
                connection.send(new byte[] {b});
            }
            client.expectLine("hello, bytes", REPLY);
            client.expectNoLine(Duration.ofMillis(500));
        }
    }

    @Check(points = 5, see = "lab01.md#half-close",
            hint = "At the end of stdin, call shutdownOutput(), print what is still echoed, and exit with status 0.")
    @Order(2)
    void client_half_closes_and_exits_0_at_the_end_of_its_input(Harness harness) throws IOException {
        try (FakeServer server = harness.fakeServer()) {
            ClientProcess client = harness.startClient(server.port());
            Connection connection = server.accept(REPLY);
            client.type("first");
            client.type("second");
            client.closeStdin();
            Expect.equal("the first line sent", "first", connection.readLine(REPLY));
            Expect.equal("the second line sent", "second", connection.readLine(REPLY));
            connection.expectClosed(REPLY);
            // The echo comes only after the client half-closed: it must still print it.
            connection.send("first\nsecond\n");
            connection.close();
            client.expectLine("first", REPLY);
            client.expectLine("second", REPLY);
            Expect.equal("exit status at the end of input", 0, client.awaitExit(REPLY));
        }
    }

    @Check(points = 5, see = "lab01.md#the-echo-client",
            hint = "Catch the ConnectException, print one `error: ...` line on stderr and exit with status 1.")
    @Order(3)
    void client_exits_1_with_an_error_line_when_the_connection_is_refused(Harness harness) throws IOException {
        ClientProcess client = harness.startClient(harness.closedPort());
        int status = client.awaitExit(Duration.ofSeconds(15));
        Expect.equal("exit status when the connection is refused", 1, status);
        Expect.that(client.stderrTail(5).stream().anyMatch(line -> line.startsWith("error: ")),
                "a stderr line starting with `error: `", "stderr " + client.stderrTail(5));
    }
}
