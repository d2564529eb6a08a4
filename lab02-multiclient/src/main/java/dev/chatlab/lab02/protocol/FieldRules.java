package dev.chatlab.lab02.protocol;

import java.util.regex.Pattern;

/**
 * chat/1's rules for the values of fields, checked after the JSON types: a nick is 1 to 16 of
 * {@code [A-Za-z0-9_-]}; a text is 1 to 2000 code points, not blank, with no control character but
 * {@code \n} and {@code \t}; a ping token is 1 to 64 code points.
 */
public final class FieldRules {

    /** The longest nick, in characters. */
    public static final int MAX_NICK_LENGTH = 16;
    /** The longest text, in code points. */
    public static final int MAX_TEXT_CODE_POINTS = 2000;
    /** The longest ping token, in code points. */
    public static final int MAX_TOKEN_CODE_POINTS = 64;

    private static final Pattern NICK = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_NICK_LENGTH + "}");

    private FieldRules() {
    }

    /** Returns {@code nick} if it is a well-formed nick; otherwise throws {@code BAD_NICK}. */
    public static String checkNick(String nick) throws ProtocolException {
        if (!NICK.matcher(nick).matches()) {
            throw new ProtocolException(ErrorCode.BAD_NICK,
                    "A nick is 1 to 16 letters, digits, '_' or '-'.");
        }
        return nick;
    }

    /** Returns {@code text} if it is a valid message text; otherwise throws {@code BAD_TEXT}. */
    public static String checkText(String text) throws ProtocolException {
        if (text.isEmpty()) {
            throw badText("A text must not be empty.");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT_CODE_POINTS) {
            throw badText("A text must not be longer than 2000 characters.");
        }
        if (text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
            throw badText("A text must not be blank.");
        }
        if (text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t')) {
            throw badText("A text must not contain control characters other than newline and tab.");
        }
        if (text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.SURROGATE)) {
            throw badText("A text must not contain unpaired surrogates.");
        }
        return text;
    }

    /** Returns {@code token} if it is null (absent) or 1 to 64 code points; otherwise throws {@code BAD_FRAME}. */
    public static String checkToken(String token) throws ProtocolException {
        if (token != null && (token.isEmpty() || token.codePointCount(0, token.length()) > MAX_TOKEN_CODE_POINTS)) {
            throw new ProtocolException(ErrorCode.BAD_FRAME, "A ping token must be 1 to 64 characters.");
        }
        return token;
    }

    private static ProtocolException badText(String message) {
        return new ProtocolException(ErrorCode.BAD_TEXT, message);
    }
}
