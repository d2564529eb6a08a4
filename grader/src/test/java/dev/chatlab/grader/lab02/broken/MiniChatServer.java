package dev.chatlab.grader.lab02.broken;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small chat/1 server for the grader's own tests, written from the contract: correct unless a {@link Defect}
 * is switched on, each defect breaking one rule the way a student's server might. A thread per connection reads
 * frames; one lock guards the room; each client has a bounded queue emptied by a writer thread of its own.
 *
 * <p>Run as {@code server --port P [--max-queue-bytes N]}: prints {@code LISTENING <port>} and serves until killed; with
 * {@code --cert server.pem --key server-key.pem} it serves TLS 1.3 instead of plain TCP ({@link TlsOptions}). Its own
 * {@link #main} has no defect: the grader's tests prove it earns every server point, so that each broken variant
 * loses only what its defect costs.
 */
public final class MiniChatServer {

    /** One deliberate mistake each. */
    enum Defect {
        /** A say goes to everyone but its sender. */
        SKIPS_THE_SENDER,
        /** "ana" and "ANA" may both register. */
        CASE_SENSITIVE_NICKS,
        /** A broadcast writes to each socket while holding the room's lock: one slow reader stalls everyone. */
        WRITES_UNDER_THE_LOCK,
        /** A line over the limit gets its error, then the connection is closed. */
        CLOSES_ON_LONG_FRAMES,
        /** The id is drawn before the room's lock is taken, so concurrent says may go out of id order. */
        ID_OUTSIDE_THE_LOCK,
        /** A whisper to oneself arrives twice: once as recipient, once as sender. */
        WHISPERS_TO_ONESELF_TWICE,
        /** Bounds every queue by the 1 MiB default, whatever --max-queue-bytes says. */
        IGNORES_MAX_QUEUE_BYTES,
        /** Sorts nicks by nick.toUpperCase(Locale.ROOT), which puts '_' after the letters. */
        SORTS_BY_THE_UPPER_CASE_NICK
    }

    private static final int MAX_FRAME_BYTES = 16_384;
    private static final long DEFAULT_MAX_QUEUE_BYTES = 1 << 20;
    private static final Pattern NICK = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Set<Defect> defects;
    /** {@code --max-queue-bytes}: what each client's queue may hold. */
    private final long maxQueueBytes;
    private final Object room = new Object();
    /** Registered clients; guarded by {@link #room}. */
    private final List<Client> members = new ArrayList<>();
    /** The last id given; guarded by {@link #room} (unless {@link Defect#ID_OUTSIDE_THE_LOCK}). */
    private long lastId;

    private MiniChatServer(Set<Defect> defects, long maxQueueBytes) {
        this.defects = defects;
        this.maxQueueBytes = defects.contains(Defect.IGNORES_MAX_QUEUE_BYTES) ? DEFAULT_MAX_QUEUE_BYTES : maxQueueBytes;
    }

    /** Serves without any defect. */
    public static void main(String[] args) throws IOException {
        run(args);
    }

    /** Serves on the port given by {@code --port} (0 for any), with {@code defects}. */
    static void run(String[] args, Defect... defects) throws IOException {
        int port = Integer.parseInt(args[List.of(args).indexOf("--port") + 1]);
        Set<Defect> set = defects.length == 0 ? EnumSet.noneOf(Defect.class) : EnumSet.of(defects[0], defects);
        int option = List.of(args).indexOf("--max-queue-bytes");
        long maxQueueBytes = option >= 0 ? Long.parseLong(args[option + 1]) : DEFAULT_MAX_QUEUE_BYTES;
        new MiniChatServer(set, maxQueueBytes).serve(TlsOptions.listen(args, port));
    }

    private void serve(ServerSocket socket) throws IOException {
        try (ServerSocket listener = socket) {
            System.out.println("LISTENING " + listener.getLocalPort());
            System.out.flush();
            while (true) {
                Client client = new Client(listener.accept());
                Thread.ofPlatform().start(client::read);
            }
        }
    }

    /** One connection: its reader runs on the caller's thread, its writer on a thread of its own. */
    private final class Client {

        private final Socket socket;
        private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
        private long queuedBytes;
        private boolean closing;
        private String nick;

        Client(Socket socket) {
            this.socket = socket;
            Thread.ofPlatform().start(this::write);
        }

        void read() {
            try {
                InputStream in = new BufferedInputStream(socket.getInputStream());
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                boolean discarding = false;
                for (int b; (b = in.read()) != -1; ) {
                    if (b == '\n') {
                        if (!discarding && !handle(withoutCr(line.toByteArray()))) {
                            return;
                        }
                        discarding = false;
                        line.reset();
                    } else if (!discarding) {
                        line.write(b);
                        // Byte 16385 may be the \r of a \r\n: it only counts once the next byte is not \n.
                        boolean crMayEnd = line.size() == MAX_FRAME_BYTES + 1 && b == '\r';
                        if (line.size() > MAX_FRAME_BYTES && !crMayEnd) {
                            line.reset();
                            discarding = true;
                            send(error("FRAME_TOO_LONG", "A frame must not be longer than 16384 bytes."));
                            if (defects.contains(Defect.CLOSES_ON_LONG_FRAMES)) {
                                close();
                                return;
                            }
                        }
                    }
                }
            } catch (IOException dropped) {
                // The connection ended without a bye.
            } finally {
                leave("disconnect");
                finish();
            }
        }

        /** Handles one frame; false once the connection must end (bye). */
        private boolean handle(byte[] bytes) {
            JsonNode frame;
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
                frame = JSON.readTree(text);
            } catch (CharacterCodingException | JacksonException malformed) {
                frame = null;
            }
            if (frame == null || !frame.isObject() || !frame.path("type").isString()) {
                send(error("BAD_FRAME", "A frame is one JSON object with a string type."));
                return true;
            }
            String type = frame.get("type").stringValue();
            if (!List.of("hello", "say", "whisper", "who", "ping", "bye").contains(type)) {
                send(error("UNKNOWN_TYPE", "Unknown type: " + type));
            } else if (nick == null && List.of("say", "whisper", "who").contains(type)) {
                send(error("NOT_REGISTERED", "Say hello first."));
            } else if (nick != null && type.equals("hello")) {
                send(error("ALREADY_REGISTERED", "You are already registered."));
            } else {
                switch (type) {
                    case "hello" -> hello(string(frame, "nick"));
                    case "say" -> say(string(frame, "text"));
                    case "whisper" -> whisper(string(frame, "to"), string(frame, "text"));
                    case "who" -> send(frame("users").set("users", JSON.valueToTree(users())));
                    case "ping" -> ping(frame.get("token"));
                    default -> {
                        leave("bye");
                        return false;
                    }
                }
            }
            return true;
        }

        private void hello(String wanted) {
            if (wanted == null) {
                send(error("BAD_FRAME", "hello needs a string nick."));
            } else if (!NICK.matcher(wanted).matches()) {
                send(error("BAD_NICK", "A nick is 1 to 16 of A-Z a-z 0-9 _ -."));
            } else {
                synchronized (room) {
                    if (find(wanted, defects.contains(Defect.CASE_SENSITIVE_NICKS)) != null) {
                        send(error("NICK_TAKEN", "The nick " + wanted + " is taken."));
                        return;
                    }
                    nick = wanted;
                    broadcast(frame("joined").put("nick", nick));
                    members.add(this);
                    send(frame("welcome").put("nick", nick).set("users", JSON.valueToTree(users())));
                }
            }
        }

        private void say(String text) {
            if (text == null) {
                send(error("BAD_FRAME", "say needs a string text."));
            } else if (!validText(text)) {
                send(error("BAD_TEXT", "That text is not allowed."));
            } else {
                long early = 0;
                if (defects.contains(Defect.ID_OUTSIDE_THE_LOCK)) {
                    synchronized (MiniChatServer.this) {
                        early = ++lastId;
                    }
                    LockSupport.parkNanos(200_000); // a little work between the id and the lock
                }
                synchronized (room) {
                    long id = early != 0 ? early : ++lastId;
                    ObjectNode message = frame("message").put("id", id).put("from", nick).put("text", text)
                            .put("ts", TIMESTAMP.format(Instant.now()));
                    for (Client member : List.copyOf(members)) {
                        if (member != this || !defects.contains(Defect.SKIPS_THE_SENDER)) {
                            member.send(message);
                        }
                    }
                }
            }
        }

        private void whisper(String to, String text) {
            if (to == null || text == null) {
                send(error("BAD_FRAME", "whisper needs a string to and a string text."));
            } else if (!validText(text)) {
                send(error("BAD_TEXT", "That text is not allowed."));
            } else {
                synchronized (room) {
                    Client recipient = find(to, false);
                    if (recipient == null) {
                        send(error("NO_SUCH_USER", "There is no user named " + to + "."));
                        return;
                    }
                    ObjectNode whisper = frame("whisper").put("id", ++lastId).put("from", nick)
                            .put("to", recipient.nick).put("text", text).put("ts", TIMESTAMP.format(Instant.now()));
                    recipient.send(whisper);
                    if (recipient != this || defects.contains(Defect.WHISPERS_TO_ONESELF_TWICE)) {
                        send(whisper);
                    }
                }
            }
        }

        private void ping(JsonNode token) {
            if (token == null || token.isNull()) {
                send(frame("pong"));
            } else if (token.isString() && token.stringValue().codePointCount(0, token.stringValue().length()) >= 1
                    && token.stringValue().codePointCount(0, token.stringValue().length()) <= 64) {
                send(frame("pong").put("token", token.stringValue()));
            } else {
                send(error("BAD_FRAME", "A token is a string of 1 to 64 code points."));
            }
        }

        /** Leaves the room, if in it, telling the others why. */
        private void leave(String reason) {
            synchronized (room) {
                if (members.remove(this)) {
                    broadcast(frame("left").put("nick", nick).put("reason", reason));
                }
            }
        }

        /** To every member; called under the room's lock. */
        private void broadcast(ObjectNode frame) {
            for (Client member : List.copyOf(members)) {
                member.send(frame);
            }
        }

        /** Queues a frame for the writer; a client whose queue overflows is dropped as slow. */
        void send(ObjectNode frame) {
            byte[] line = (frame.toString() + "\n").getBytes(StandardCharsets.UTF_8);
            if (defects.contains(Defect.WRITES_UNDER_THE_LOCK)) {
                try {
                    OutputStream out = socket.getOutputStream();
                    synchronized (this) {
                        out.write(line);
                        out.flush();
                    }
                } catch (IOException gone) {
                    close();
                }
                return;
            }
            boolean overflow;
            synchronized (this) {
                if (closing) {
                    return;
                }
                overflow = queuedBytes + line.length > maxQueueBytes;
                if (!overflow) {
                    queue.add(line);
                    queuedBytes += line.length;
                    notifyAll();
                }
            }
            if (overflow) {
                close();
                leave("slow");
            }
        }

        private void write() {
            try (OutputStream out = socket.getOutputStream()) {
                while (true) {
                    byte[] line;
                    synchronized (this) {
                        while (queue.isEmpty() && !closing) {
                            wait();
                        }
                        if (queue.isEmpty()) {
                            return;
                        }
                        line = queue.poll();
                        queuedBytes -= line.length;
                    }
                    out.write(line);
                }
            } catch (IOException | InterruptedException gone) {
                close();
            }
        }

        /** Lets the writer send what is queued, then close the connection. */
        private synchronized void finish() {
            closing = true;
            notifyAll();
        }

        private void close() {
            synchronized (this) {
                closing = true;
                queue.clear();
                notifyAll();
            }
            try {
                if (socket instanceof SSLSocket) {
                    // An orderly TLS close waits to send close_notify behind a writer blocked on a slow reader.
                    socket.setSoLinger(true, 0);
                }
                socket.close();
            } catch (IOException ignored) {
                // Closed already.
            }
        }
    }

    /** The member registered as {@code nick}, ignoring case unless {@code exactCase}; under the room's lock. */
    private Client find(String nick, boolean exactCase) {
        for (Client member : members) {
            if (exactCase ? member.nick.equals(nick) : member.nick.equalsIgnoreCase(nick)) {
                return member;
            }
        }
        return null;
    }

    /** Every registered nick, sorted ignoring case; under the room's lock. */
    private List<String> users() {
        synchronized (room) {
            Comparator<String> order = Comparator.comparing(defects.contains(Defect.SORTS_BY_THE_UPPER_CASE_NICK)
                    ? nick -> nick.toUpperCase(Locale.ROOT)
                    : nick -> nick.toLowerCase(Locale.ROOT));
            return members.stream().map(member -> member.nick).sorted(order).toList();
        }
    }

    private static boolean validText(String text) {
        int count = text.codePointCount(0, text.length());
        boolean blank = text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
        boolean control = text.codePoints().anyMatch(cp ->
                Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t');
        return count >= 1 && count <= 2000 && !blank && !control;
    }

    private static String string(JsonNode frame, String field) {
        JsonNode value = frame.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static ObjectNode frame(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    private static ObjectNode error(String code, String message) {
        return frame("error").put("code", code).put("message", message);
    }

    private static byte[] withoutCr(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? Arrays.copyOf(line, line.length - 1) : line;
    }
}
