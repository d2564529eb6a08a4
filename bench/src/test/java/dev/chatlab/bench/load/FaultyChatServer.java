package dev.chatlab.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chat/1 server with two planted faults, to prove the generator's accounting: the client whose number
 * (the digits after the 4-letter nick prefix) is 1 never gets the message with id 3, and client 2 gets
 * ids 3 and 4 swapped. Everyone else gets every message in order. One virtual thread per connection.
 */
final class FaultyChatServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServerSocket listener;
    private final Map<String, OutputStream> registered = new LinkedHashMap<>();
    private final List<Socket> sockets = new ArrayList<>();
    private String heldForClient2;
    private long nextId = 1;

    FaultyChatServer() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    }

    private void accept() {
        try {
            while (true) {
                Socket socket = listener.accept();
                synchronized (this) {
                    sockets.add(socket);
                }
                Thread.ofVirtual().start(() -> serve(socket));
            }
        } catch (IOException e) {
            // The listener was closed: the test is over.
        }
    }

    private void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            OutputStream out = socket.getOutputStream();
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode frame = JSON.readTree(line);
                switch (frame.get("type").asString()) {
                    case "hello" -> hello(frame.get("nick").asString(), out);
                    case "say" -> say(frame.get("text").asString());
                    default -> { }
                }
            }
        } catch (IOException e) {
            // The generator closed the connection at the end of its run.
        }
    }

    private synchronized void hello(String nick, OutputStream out) throws IOException {
        registered.put(nick, out);
        send(out, "{\"type\":\"welcome\",\"nick\":\"" + nick + "\",\"users\":[\"" + nick + "\"]}");
    }

    private synchronized void say(String text) throws IOException {
        long id = nextId++;
        String frame = "{\"type\":\"message\",\"id\":" + id + ",\"from\":\"x\",\"text\":\"" + text
                + "\",\"ts\":\"2026-01-01T00:00:00.000Z\"}";
        for (Map.Entry<String, OutputStream> client : registered.entrySet()) {
            String number = client.getKey().substring(4);
            if (number.equals("1") && id == 3) {
                continue;
            }
            if (number.equals("2") && id == 3) {
                heldForClient2 = frame;
                continue;
            }
            send(client.getValue(), frame);
            if (number.equals("2") && id == 4) {
                send(client.getValue(), heldForClient2);
            }
        }
    }

    private static void send(OutputStream out, String frame) throws IOException {
        out.write((frame + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
