package dev.chatlab.lab02.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClientFrameCodecTest {

    static Stream<Arguments> refusedLines() {
        String longText = "x".repeat(FieldRules.MAX_TEXT_CODE_POINTS + 1);
        String longToken = "t".repeat(FieldRules.MAX_TOKEN_CODE_POINTS + 1);
        return Stream.of(
                // framing
                Arguments.of("", ErrorCode.BAD_FRAME),
                Arguments.of("   ", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"who\"", ErrorCode.BAD_FRAME),
                Arguments.of("[{\"type\":\"who\"}]", ErrorCode.BAD_FRAME),
                Arguments.of("\"who\"", ErrorCode.BAD_FRAME),
                Arguments.of("null", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"who\"} {}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"who\",\"type\":\"who\"}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"text\":\"hi\"}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":null}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":7,\"text\":\"\"}", ErrorCode.BAD_FRAME),
                // type, before any field
                Arguments.of("{\"type\":\"resume\",\"session\":\"abc\",\"last\":3}", ErrorCode.UNKNOWN_TYPE),
                Arguments.of("{\"type\":\"pong\"}", ErrorCode.UNKNOWN_TYPE),
                Arguments.of("{\"type\":\"welcome\",\"nick\":\"\"}", ErrorCode.UNKNOWN_TYPE),
                Arguments.of("{\"type\":\"SAY\",\"text\":\"hi\"}", ErrorCode.UNKNOWN_TYPE),
                // fields, in field order
                Arguments.of("{\"type\":\"hello\"}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"hello\",\"nick\":null}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"hello\",\"nick\":42}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"hello\",\"nick\":\"\"}", ErrorCode.BAD_NICK),
                Arguments.of("{\"type\":\"hello\",\"nick\":\"seventeen_chars_x\"}", ErrorCode.BAD_NICK),
                Arguments.of("{\"type\":\"hello\",\"nick\":\"ana!\"}", ErrorCode.BAD_NICK),
                Arguments.of("{\"type\":\"hello\",\"nick\":\"an a\"}", ErrorCode.BAD_NICK),
                Arguments.of("{\"type\":\"hello\",\"nick\":\"\u00e5sa\"}", ErrorCode.BAD_NICK),
                Arguments.of("{\"type\":\"hello\",\"nick\":\"ana\",\"password\":42}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"hello\",\"password\":42,\"nick\":\"ana!\"}", ErrorCode.BAD_NICK),
                Arguments.of("{\"type\":\"say\"}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"say\",\"text\":[\"hi\"]}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"say\",\"text\":\"\"}", ErrorCode.BAD_TEXT),
                Arguments.of("{\"type\":\"say\",\"text\":\" \\t\\n\\u00a0\\u2003\\u3000\"}", ErrorCode.BAD_TEXT),
                Arguments.of("{\"type\":\"say\",\"text\":\"ding\\u0007\"}", ErrorCode.BAD_TEXT),
                Arguments.of("{\"type\":\"say\",\"text\":\"a\\r\\nb\"}", ErrorCode.BAD_TEXT),
                Arguments.of("{\"type\":\"say\",\"text\":\"\\ud800\"}", ErrorCode.BAD_TEXT),
                Arguments.of("{\"type\":\"say\",\"text\":\"" + longText + "\"}", ErrorCode.BAD_TEXT),
                Arguments.of("{\"type\":\"whisper\",\"text\":\"hi\"}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"whisper\",\"to\":\"no one\",\"text\":\"\"}", ErrorCode.BAD_NICK),
                Arguments.of("{\"type\":\"whisper\",\"to\":\"bob\",\"text\":\"\"}", ErrorCode.BAD_TEXT),
                Arguments.of("{\"type\":\"whisper\",\"to\":\"bob\"}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"ping\",\"token\":\"\"}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"ping\",\"token\":5}", ErrorCode.BAD_FRAME),
                Arguments.of("{\"type\":\"ping\",\"token\":\"" + longToken + "\"}", ErrorCode.BAD_FRAME));
    }

    @ParameterizedTest(name = "[{index}] {1} for {0}")
    @MethodSource("refusedLines")
    void refuses_a_line_with_the_first_error_in_precedence_order(String line, ErrorCode expected) {
        assertThatThrownBy(() -> ClientFrameCodec.decode(line.getBytes(UTF_8)))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(expected));
    }

    static Stream<Arguments> acceptedLines() {
        String longestText = "\uD83D\uDE00".repeat(FieldRules.MAX_TEXT_CODE_POINTS); // 2000 code points
        return Stream.of(
                Arguments.of("{\"type\":\"hello\",\"nick\":\"Ana_9-x\"}", new ClientFrame.Hello("Ana_9-x")),
                Arguments.of("{\"nick\":\"sixteen_chars_xx\",\"type\":\"hello\",\"extra\":[1]}",
                        new ClientFrame.Hello("sixteen_chars_xx")),
                Arguments.of("{\"type\":\"hello\",\"nick\":\"ana\",\"password\":\"s3cret pass\"}",
                        new ClientFrame.Hello("ana", "s3cret pass")),
                Arguments.of("{\"type\":\"hello\",\"nick\":\"ana\",\"password\":null}", new ClientFrame.Hello("ana")),
                Arguments.of(" { \"type\" : \"say\" , \"text\" : \"h\u00e9 \\t\u00e7a\\nva\" } ",
                        new ClientFrame.Say("h\u00e9 \t\u00e7a\nva")),
                Arguments.of("{\"type\":\"say\",\"text\":\"" + longestText + "\"}", new ClientFrame.Say(longestText)),
                Arguments.of("{\"type\":\"whisper\",\"to\":\"BOB\",\"text\":\"psst\"}",
                        new ClientFrame.Whisper("BOB", "psst")),
                Arguments.of("{\"type\":\"who\",\"users\":null}", new ClientFrame.Who()),
                Arguments.of("{\"type\":\"ping\"}", new ClientFrame.Ping(null)),
                Arguments.of("{\"type\":\"ping\",\"token\":null}", new ClientFrame.Ping(null)),
                Arguments.of("{\"type\":\"ping\",\"token\":\"t1\"}", new ClientFrame.Ping("t1")),
                Arguments.of("{\"type\":\"bye\"}\r", new ClientFrame.Bye()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("acceptedLines")
    void accepts_a_valid_line_ignoring_unknown_fields_and_nulls(String line, ClientFrame expected) throws Exception {
        assertThat(ClientFrameCodec.decode(line.getBytes(UTF_8))).isEqualTo(expected);
    }

    @Test
    void refuses_malformed_utf8_as_bad_frame() {
        byte[] overlongSlash = {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        byte[] truncated = {'{', '"', 'x', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}'};

        for (byte[] line : new byte[][] {overlongSlash, truncated}) {
            assertThatThrownBy(() -> ClientFrameCodec.decode(line))
                    .isInstanceOfSatisfying(ProtocolException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_FRAME));
        }
    }

    @Test
    void parse_knows_the_type_before_the_fields_are_checked() throws Exception {
        RawFrame raw = ClientFrameCodec.parse("{\"type\":\"say\",\"text\":42}".getBytes(UTF_8));

        assertThat(raw.type()).isEqualTo(ClientFrame.Type.SAY);
        assertThatThrownBy(() -> ClientFrameCodec.bind(raw)).isInstanceOf(ProtocolException.class);
    }

    @Test
    void encodes_client_frames_type_first_leaving_out_an_absent_token() {
        assertThat(line(new ClientFrame.Whisper("bob", "psst")))
                .isEqualTo("{\"type\":\"whisper\",\"to\":\"bob\",\"text\":\"psst\"}\n");
        assertThat(line(new ClientFrame.Ping(null))).isEqualTo("{\"type\":\"ping\"}\n");
        assertThat(line(new ClientFrame.Say("a\nb"))).isEqualTo("{\"type\":\"say\",\"text\":\"a\\nb\"}\n");
        assertThat(line(new ClientFrame.Hello("ana"))).isEqualTo("{\"type\":\"hello\",\"nick\":\"ana\"}\n");
        assertThat(line(new ClientFrame.Hello("ana", "pw")))
                .isEqualTo("{\"type\":\"hello\",\"nick\":\"ana\",\"password\":\"pw\"}\n");
    }

    @Test
    void a_hello_never_shows_its_password_in_a_log() {
        assertThat(new ClientFrame.Hello("ana", "s3cret")).hasToString("Hello[nick=ana, password=hidden]");
        assertThat(new ClientFrame.Hello("ana")).hasToString("Hello[nick=ana, password=absent]");
    }

    private static String line(ClientFrame frame) {
        return new String(ClientFrameCodec.encode(frame), UTF_8);
    }
}
