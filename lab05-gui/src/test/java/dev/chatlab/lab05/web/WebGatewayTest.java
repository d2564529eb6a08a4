package dev.chatlab.lab05.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.websocket.api.exceptions.UpgradeException;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The gateway between a WebSocket client (Jetty's, standing in for the page) and a real lab04 server. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WebGatewayTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path home;

    private LocalChatServer server;
    private WebGateway gateway;
    private final WebSocketClient client = new WebSocketClient();

    @BeforeEach
    void start() throws Exception {
        server = new LocalChatServer(home, LocalChatServer.contract());
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        if (gateway != null) {
            gateway.close();
        }
        server.close();
    }

    private WebGateway gateway(int upstreamPort, int maxConnections, long maxQueueBytes) throws Exception {
        gateway = WebGateway.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                server.gatewaySettings(upstreamPort, maxConnections, maxQueueBytes), List.of(), QUIET);
        return gateway;
    }

    private URI chat() {
        return URI.create("ws://127.0.0.1:" + gateway.port() + "/chat");
    }

    private String ownOrigin() {
        return "http://127.0.0.1:" + gateway.port();
    }

    private BrowserSocket page() throws Exception {
        return BrowserSocket.open(client, chat(), ownOrigin());
    }

    @Test
    void frames_pass_through_unchanged_in_both_directions() throws Exception {
        gateway(server.port(), 10, 1 << 20);
        BrowserSocket ana = page();
        ana.send("{\"type\":\"hello\",\"nick\":\"ana\"}");
        assertThat(ana.next()).startsWith("{\"type\":\"welcome\",\"nick\":\"ana\",\"users\":[\"ana\"],\"session\":\"");
        BrowserSocket bob = page();
        bob.send("{\"type\":\"hello\",\"nick\":\"bob\"}");
        assertThat(bob.next()).contains("\"type\":\"welcome\"");
        assertThat(ana.next()).isEqualTo("{\"type\":\"joined\",\"nick\":\"bob\"}");

        ana.send("{\"type\":\"say\",\"text\":\"hola \u00f1 \ud83d\ude00\",\"cid\":\"c1\"}");
        String message = ana.next();
        assertThat(message).matches("\\{\"type\":\"message\",\"id\":1,\"from\":\"ana\",\"text\":\"hola \u00f1 \ud83d\ude00\",\"ts\":\"[^\"]+Z\"}");
        assertThat(ana.next()).isEqualTo("{\"type\":\"ack\",\"cid\":\"c1\",\"id\":1}");
        assertThat(bob.next()).isEqualTo(message);

        ana.send("{\"type\":\"dance\"}"); // the gateway does not judge frames: the server does
        assertThat(ana.next()).startsWith("{\"type\":\"error\",\"code\":\"UNKNOWN_TYPE\"");
    }

    @Test
    void a_frame_of_16384_bytes_passes_and_a_longer_one_is_refused_with_1009() throws Exception {
        gateway(server.port(), 10, 1 << 20);
        BrowserSocket page = page();
        String start = "{\"type\":\"ping\",\"token\":\"t\",\"pad\":\"";
        String end = "\"}";
        String exactly = start + "a".repeat(16_384 - start.length() - end.length()) + end;
        page.send(exactly);
        assertThat(page.next()).isEqualTo("{\"type\":\"pong\",\"token\":\"t\"}");

        page.send(start + "a".repeat(16_385 - start.length() - end.length()) + end);
        BrowserSocket.Closed closed = page.awaitClose();
        assertThat(closed.code()).isEqualTo(CloseReason.MESSAGE_TOO_BIG);
        assertThat(closed.reason()).startsWith("Text message too large"); // then the sizes, in the JVM's locale
    }

    @Test
    void a_message_with_a_line_break_is_refused_with_1008_since_it_would_be_two_frames() throws Exception {
        gateway(server.port(), 10, 1 << 20);
        BrowserSocket page = page();
        page.send("{\"type\":\"ping\"}\n{\"type\":\"ping\"}");
        assertThat(page.awaitClose()).isEqualTo(new BrowserSocket.Closed(CloseReason.POLICY_VIOLATION,
                "a message must be one chat/1 frame, without a line break"));
    }

    @Test
    void a_page_from_another_origin_is_refused_at_the_upgrade_with_403() throws Exception {
        gateway(server.port(), 10, 1 << 20);
        assertThatThrownBy(() -> BrowserSocket.open(client, chat(), "http://evil.example"))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(UpgradeException.class)
                .extracting(failure -> ((UpgradeException) failure).getResponseStatusCode()).isEqualTo(403);
        assertThatThrownBy(() -> BrowserSocket.open(client, chat(), "http://localhost:" + (gateway.port() + 1)))
                .cause().isInstanceOf(UpgradeException.class);

        BrowserSocket own = BrowserSocket.open(client, chat(), "http://localhost:" + gateway.port());
        own.send("{\"type\":\"ping\",\"token\":\"ok\"}");
        assertThat(own.next()).isEqualTo("{\"type\":\"pong\",\"token\":\"ok\"}");
    }

    @Test
    void a_chat_server_that_is_down_closes_the_websocket_with_1014_and_says_why() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        gateway(closedPort, 10, 1 << 20);
        BrowserSocket page = page();
        BrowserSocket.Closed closed = page.awaitClose();
        assertThat(closed.code()).isEqualTo(CloseReason.BAD_GATEWAY);
        assertThat(closed.reason()).startsWith("cannot connect to 127.0.0.1:" + closedPort + ": ");
    }

    @Test
    void when_the_chat_server_closes_after_bye_the_websocket_closes_with_1000() throws Exception {
        gateway(server.port(), 10, 1 << 20);
        BrowserSocket page = page();
        page.send("{\"type\":\"hello\",\"nick\":\"ana\"}");
        page.nextContaining("welcome");
        page.send("{\"type\":\"bye\"}");
        assertThat(page.awaitClose()).isEqualTo(new BrowserSocket.Closed(CloseReason.NORMAL,
                "the chat server closed the connection"));
        assertThat(gateway.openBridges()).isZero();
    }

    @Test
    void the_websocket_after_max_connections_is_closed_with_1013() throws Exception {
        gateway(server.port(), 2, 1 << 20);
        BrowserSocket first = page();
        BrowserSocket second = page();
        for (BrowserSocket open : List.of(first, second)) { // a pong: the bridge holds its place
            open.send("{\"type\":\"ping\"}");
            assertThat(open.next()).contains("pong");
        }
        BrowserSocket third = page();
        assertThat(third.awaitClose()).isEqualTo(new BrowserSocket.Closed(CloseReason.TRY_AGAIN_LATER,
                "the gateway is full (2 connections)"));

        first.close(); // a place is free again
        first.awaitClose();
        second.send("{\"type\":\"ping\",\"token\":\"2\"}");
        assertThat(second.next()).contains("pong");
        BrowserSocket fourth = page();
        fourth.send("{\"type\":\"ping\",\"token\":\"4\"}");
        assertThat(fourth.next()).contains("pong");
    }

    @Test
    void a_page_with_more_bytes_waiting_than_the_bound_is_closed_as_slow() throws Exception {
        gateway(server.port(), 10, 8);
        BrowserSocket page = page();
        page.send("{\"type\":\"ping\",\"token\":\"longer than eight bytes\"}");
        assertThat(page.awaitClose()).isEqualTo(new BrowserSocket.Closed(CloseReason.POLICY_VIOLATION,
                "slow: more than 8 bytes waiting for this page"));
    }

    @Test
    void closing_the_gateway_closes_every_websocket_with_1001() throws Exception {
        gateway(server.port(), 10, 1 << 20);
        BrowserSocket page = page();
        page.send("{\"type\":\"ping\"}");
        page.next();
        gateway.close();
        assertThat(page.awaitClose()).isEqualTo(new BrowserSocket.Closed(CloseReason.GOING_AWAY,
                "the gateway is shutting down"));
    }

    @Test
    void the_page_is_served_from_the_jar_with_its_security_headers() throws Exception {
        gateway(server.port(), 10, 1 << 20);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(ownOrigin() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<script type=\"module\" src=\"js/app.js\"></script>");
            assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("default-src 'self'").contains("frame-ancestors 'none'");
            HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create(ownOrigin() + "/js/app.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(script.headers().firstValue("Content-Type")).get().asString().contains("javascript");
        }
    }
}
