package dev.chatlab.grader.lab02.broken;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small chat/1 console client for the grader's own tests, written from the contract: correct unless a
 * {@link Defect} is switched on. The main thread prints the server's frames; a second thread reads stdin.
 *
 * <p>Run as {@code client --host H --port P --nick N}; with {@code --ca ca.pem} it speaks TLS 1.3 and checks the
 * server's certificate and host name ({@link TlsOptions}).
 */
public final class MiniChatClient {

    /** One deliberate mistake each. */
    enum Defect {
        /** Prints `-> *bob* psst` as soon as the whisper is typed, and ignores the server's copy. */
        PRINTS_WHISPERS_WHEN_TYPED,
        /** Exits with status 0 when the server drops the connection. */
        EXITS_0_WHEN_DROPPED
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private final Defect defect;
    private final OutputStream socketOut;
    private volatile boolean quitting;
    private String nick;

    private MiniChatClient(Defect defect, OutputStream socketOut) {
        this.defect = defect;
        this.socketOut = socketOut;
    }

    /** Chats without any defect. */
    public static void main(String[] args) {
        run(args, null);
    }

    /** Chats as {@code --nick} with the server at {@code --host} and {@code --port}, with {@code defect}. */
    static void run(String[] args, Defect defect) {
        List<String> words = List.of(args);
        String host = words.get(words.indexOf("--host") + 1);
        int port = Integer.parseInt(words.get(words.indexOf("--port") + 1));
        String nick = words.get(words.indexOf("--nick") + 1);
        Socket socket = null;
        try {
            socket = TlsOptions.connect(args, host, port);
        } catch (IOException e) {
            System.err.println("error: cannot connect to " + host + ":" + port + ": " + e.getMessage());
            System.exit(1);
        }
        try {
            MiniChatClient client = new MiniChatClient(defect, socket.getOutputStream());
            client.send(frame("hello").put("nick", nick));
            System.exit(client.chat(new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8))));
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Prints the server's frames until the connection ends; returns the exit status. */
    private int chat(BufferedReader server) {
        try {
            for (String line; (line = server.readLine()) != null; ) {
                JsonNode frame = JSON.readTree(line);
                String type = frame.path("type").asString();
                if (nick == null && type.equals("error")) {
                    print(frame);
                    System.err.println("error: " + frame.path("message").asString());
                    return 1;
                }
                if (nick == null && type.equals("welcome")) {
                    nick = frame.path("nick").asString();
                    Thread.ofPlatform().daemon().start(this::readStdin);
                }
                print(frame);
            }
        } catch (IOException dropped) {
            // The same as the end of the stream.
        }
        if (quitting) {
            return 0;
        }
        System.err.println("error: connection closed by the server");
        return defect == Defect.EXITS_0_WHEN_DROPPED ? 0 : 3;
    }

    private void print(JsonNode frame) {
        switch (frame.path("type").asString()) {
            case "welcome" -> {
                List<String> users = nicks(frame.path("users"));
                OUT.println("* connected as " + nick + " (" + users.size()
                        + (users.size() == 1 ? " user: " : " users: ") + String.join(", ", users) + ")");
            }
            case "message" -> printText("<" + frame.path("from").asString() + "> ", frame.path("text").asString());
            case "whisper" -> {
                String from = frame.path("from").asString();
                if (!from.equals(nick)) {
                    printText("*" + from + "* ", frame.path("text").asString());
                } else if (defect != Defect.PRINTS_WHISPERS_WHEN_TYPED) {
                    printText("-> *" + frame.path("to").asString() + "* ", frame.path("text").asString());
                }
            }
            case "joined" -> OUT.println("* " + frame.path("nick").asString() + " joined");
            case "left" -> OUT.println("* " + frame.path("nick").asString() + " left ("
                    + frame.path("reason").asString() + ")");
            case "users" -> OUT.println("* users: "
                    + String.join(", ", nicks(frame.path("users"))));
            case "error" -> OUT.println("! " + frame.path("code").asString() + ": " + frame.path("message").asString());
            default -> {
                // Nothing to show.
            }
        }
    }

    private static List<String> nicks(JsonNode users) {
        List<String> nicks = new ArrayList<>();
        users.forEach(user -> nicks.add(user.asString()));
        return nicks;
    }

    private static void printText(String prefix, String text) {
        String[] lines = text.split("\n", -1);
        OUT.println(prefix + lines[0]);
        for (int i = 1; i < lines.length; i++) {
            OUT.println("  " + lines[i]);
        }
    }

    private void readStdin() {
        try (BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = stdin.readLine()) != null; ) {
                if (line.isEmpty()) {
                    continue;
                }
                if (line.equals("/quit")) {
                    break;
                } else if (line.equals("/who")) {
                    send(frame("who"));
                } else if (line.startsWith("/msg ") && line.indexOf(' ', 5) > 0) {
                    String to = line.substring(5, line.indexOf(' ', 5));
                    String text = line.substring(line.indexOf(' ', 5) + 1);
                    send(frame("whisper").put("to", to).put("text", text));
                    if (defect == Defect.PRINTS_WHISPERS_WHEN_TYPED) {
                        printText("-> *" + to + "* ", text);
                    }
                } else {
                    send(frame("say").put("text", line));
                }
            }
            quitting = true;
            send(frame("bye"));
        } catch (IOException e) {
            // The connection is gone: the main thread reports it.
        }
    }

    private synchronized void send(ObjectNode frame) throws IOException {
        socketOut.write((frame.toString() + "\n").getBytes(StandardCharsets.UTF_8));
        socketOut.flush();
    }

    private static ObjectNode frame(String type) {
        return JSON.createObjectNode().put("type", type);
    }
}
