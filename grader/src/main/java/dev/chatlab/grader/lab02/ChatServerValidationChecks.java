package dev.chatlab.grader.lab02;

import static dev.chatlab.grader.chat.ChatConnection.string;
import static dev.chatlab.grader.chat.ChatConnection.users;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Order;
import tools.jackson.databind.JsonNode;

/**
 * Grades how a lab02 chat server validates the fields of a frame (15 points): nicks, texts, whisper
 * recipients and ping tokens. Every refusal must be an error frame after which the same connection still
 * works, and every text the rules allow must come through unchanged.
 */
@GradingSuite
public class ChatServerValidationChecks {

    private static final String NICK_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    @Check(points = 2, see = "protocol.md#registration",
            hint = "A nick is 1 to 16 characters, each of them A-Z, a-z, 0-9, _ or -; Character.isLetterOrDigit"
                    + " also allows 'é' and '١'.")
    @Order(1)
    void refuses_nicks_that_break_the_rules_with_BAD_NICK(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        Random random = harness.random();
        ChatConnection client = ChatConnection.connect(server);
        for (String nick : List.of("", nick(random, 17), "ana bob", "anä", "ana!", "ana.b", "١٢٣", "ａｎａ", "ana\n",
                "😀")) {
            client.send("hello", "nick", nick);
            client.expectError("BAD_NICK");
        }
        client.hello(nick(random, 16));
        ChatConnection.connect(server).hello(nick(random, 1));
    }

    @Check(points = 3, see = "protocol.md#registration",
            hint = "Keep the registered users in a map keyed by nick.toLowerCase(Locale.ROOT) and check it and add"
                    + " to it under one lock.")
    @Order(2)
    void refuses_a_nick_taken_ignoring_case_with_NICK_TAKEN(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        ChatConnection first = ChatConnection.room(server, nicks[0]).getFirst();
        ChatConnection second = ChatConnection.connect(server);
        second.send("hello", "nick", Samples.swapCase(nicks[0]));
        second.expectError("NICK_TAKEN");
        second.send("hello", "nick", nicks[0]);
        second.expectError("NICK_TAKEN");
        JsonNode welcome = second.hello(nicks[1]);
        Expect.equal("the users", Samples.sortedIgnoringCase(Arrays.asList(nicks)), users(welcome));
        // A refused hello joins no one: the first joined the first user sees is the accepted one.
        Expect.equal("the nick in `joined`", nicks[1], string(first.expect("joined"), "nick"));
    }

    @Check(points = 3, see = "protocol.md#messages",
            hint = "A text is 1 to 2000 code points (text.codePointCount, not length()); it is blank when every code"
                    + " point is Character.isWhitespace(cp) || Character.isSpaceChar(cp) (String.isBlank() misses"
                    + " U+00A0); and no code point may be of category Cc (Character.CONTROL) but \\n and \\t.")
    @Order(3)
    void refuses_blank_too_long_or_control_character_texts_with_BAD_TEXT(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String nick = Samples.nicks(harness.random(), 1)[0];
        ChatConnection client = ChatConnection.room(server, nick).getFirst();
        // Blank by the Unicode White_Space property: a no-break space, an em space, a line separator...
        for (String blank : List.of("", " ", "\t\n \n", "\u00a0", "\u2003\u3000", "\u2028\u2029",
                "\u1680\u205f\u202f ")) {
            client.send("say", "text", blank);
            client.expectError("BAD_TEXT");
            client.send("whisper", "to", nick, "text", blank);
            client.expectError("BAD_TEXT");
        }
        for (String text : List.of("x".repeat(2001), "😀".repeat(2001), "bell\u0007", "carriage\rreturn",
                "nul\u0000", "delete\u007f", "next line\u0085", "\u001b[31mred")) {
            client.send("say", "text", text);
            client.expectError("BAD_TEXT");
        }
        client.send("whisper", "to", nick, "text", "y".repeat(2001));
        client.expectError("BAD_TEXT");
    }

    @Check(points = 2, see = "protocol.md#messages",
            hint = "Newlines and tabs are allowed in a text, and the limit is 2000 code points (a 😀 is one code"
                    + " point but two Java chars); deliver the text exactly as it came.")
    @Order(4)
    void delivers_multi_line_texts_tabs_and_2000_code_points_beyond_the_BMP_unchanged(Harness harness)
            throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        for (String text : List.of("line one\nline two\n\nline four", "\tindented", "x".repeat(2000),
                "😀".repeat(2000), "no\u00a0break", "\u200b", " \n" + Samples.text(harness.random()))) {
            room.get(0).send("say", "text", text);
            room.get(1).expectMessage(nicks[0], text);
        }
    }

    @Check(points = 1, see = "protocol.md#whispers",
            hint = "Answer a whisper to a nick nobody has registered, or no longer has, with NO_SUCH_USER.")
    @Order(5)
    void refuses_a_whisper_to_a_nick_nobody_has_with_NO_SUCH_USER(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        room.get(0).send("whisper", "to", Samples.NOBODY, "text", "anyone?");
        room.get(0).expectError("NO_SUCH_USER");
        room.get(1).send("bye");
        Expect.equal("the nick in `left`", nicks[1], string(room.get(0).expect("left"), "nick"));
        room.get(0).send("whisper", "to", nicks[1], "text", "still there?");
        room.get(0).expectError("NO_SUCH_USER");
    }

    @Check(points = 2, see = "protocol.md#errors",
            hint = "A missing field, a field of the wrong JSON type, or a ping token that is not a string of 1 to 64"
                    + " code points is BAD_FRAME; null counts as missing.")
    @Order(6)
    void refuses_missing_or_mistyped_fields_and_bad_ping_tokens_with_BAD_FRAME(Harness harness)
            throws IOException {
        ServerProcess server = harness.startServer();
        String nick = Samples.nicks(harness.random(), 1)[0];
        ChatConnection client = ChatConnection.connect(server);
        for (String frame : List.of("{\"type\":\"hello\"}", "{\"type\":\"hello\",\"nick\":null}",
                "{\"type\":\"hello\",\"nick\":7}", "{\"type\":\"hello\",\"nick\":[\"" + nick + "\"]}",
                "{\"type\":\"ping\",\"token\":\"\"}", "{\"type\":\"ping\",\"token\":5}",
                "{\"type\":\"ping\",\"token\":{\"a\":1}}",
                ChatConnection.line("ping", "token", Samples.token(harness.random(), 65)))) {
            client.sendLine(frame);
            client.expectError("BAD_FRAME");
        }
        client.hello(nick);
        for (String frame : List.of("{\"type\":\"say\"}", "{\"type\":\"say\",\"text\":null}",
                "{\"type\":\"say\",\"text\":42}", "{\"type\":\"say\",\"text\":true}",
                "{\"type\":\"whisper\",\"text\":\"psst\"}", "{\"type\":\"whisper\",\"to\":null,\"text\":\"psst\"}",
                "{\"type\":\"whisper\",\"to\":5,\"text\":\"psst\"}",
                "{\"type\":\"whisper\",\"to\":\"" + nick + "\"}")) {
            client.sendLine(frame);
            client.expectError("BAD_FRAME");
        }
    }

    @Check(points = 2, see = "protocol.md#framing",
            hint = "Read the fields you need by name wherever they are in the object, ignore the others, and treat"
                    + " an optional field that is null as absent; never trust a client's id, from or ts.")
    @Order(7)
    void ignores_unknown_fields_and_takes_a_null_optional_field_as_absent(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        ChatConnection observer = ChatConnection.room(server, nicks[0]).getFirst();
        ChatConnection client = ChatConnection.connect(server);
        client.send("ping", "token", null, "extra", List.of(1, 2));
        JsonNode pong = client.expect("pong");
        Expect.that(!pong.has("token"), "a pong without `token` for a ping whose token is null",
                ChatConnection.show(pong));
        client.send("hello", "nick", nicks[1], "password", "secret", "color", null);
        client.expect("welcome");
        Expect.equal("the nick in `joined`", nicks[1], string(observer.expect("joined"), "nick"));
        client.send("who", "users", List.of("mallory"));
        Expect.equal("the users", Samples.sortedIgnoringCase(Arrays.asList(nicks)), users(client.expect("users")));
        client.send("say", "text", "mine", "id", 999_999, "from", "mallory", "ts", "2000-01-01T00:00:00.000Z");
        observer.expectMessage(nicks[1], "mine");
        client.sendLine("{\"text\":\"type comes last\",\"type\":\"say\"}");
        observer.expectMessage(nicks[1], "type comes last");
        client.send("whisper", "to", nicks[0], "text", "psst", "cid", null);
        Expect.equal("the text of the whisper", "psst", string(observer.expect("whisper"), "text"));
    }

    /** A valid-looking nick of {@code length} characters from the allowed set. */
    private static String nick(Random random, int length) {
        StringBuilder nick = new StringBuilder();
        for (int i = 0; i < length; i++) {
            nick.append(NICK_CHARACTERS.charAt(random.nextInt(NICK_CHARACTERS.length())));
        }
        return nick.toString();
    }
}
