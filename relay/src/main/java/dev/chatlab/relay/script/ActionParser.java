package dev.chatlab.relay.script;

import dev.chatlab.relay.action.LinkSelector;
import dev.chatlab.relay.action.RelayAction;
import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.fault.FlipSpec;
import dev.chatlab.relay.fault.Shaping;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one action. The grammar ({@code LINK} is a link number, {@code DIR} is {@code up}, {@code down} or
 * {@code both}, defaulting to both; offsets count from 0):
 *
 * <pre>
 * cut [all | LINK] [reset]
 * stall [all | LINK] [DIR] DURATION
 * refuse DURATION
 * latency [DIR] DURATION [jitter DURATION]
 * bandwidth [DIR] RATE | off
 * flip up|down [LINK] at OFFSET [mask M]      (no LINK: the next link to open)
 * flip up|down [LINK] in FROM..TO [mask M]    (a byte drawn from the range, from the seed)
 * flip up|down OFFSET [mask M]
 * </pre>
 */
public final class ActionParser {

    private static final long MAX_LINK = Integer.MAX_VALUE;

    private ActionParser() {
    }

    /** Reads a console line, which is line 1 for error positions. */
    public static RelayAction parse(String text) throws ScriptSyntaxException {
        LineTokens tokens = new LineTokens(1, text);
        RelayAction action = parse(tokens);
        tokens.expectEnd();
        return action;
    }

    /** Reads the action that the rest of {@code tokens} holds, leaving nothing unread on success. */
    static RelayAction parse(LineTokens tokens) throws ScriptSyntaxException {
        String verb = tokens.next("an action (cut, stall, refuse, latency, bandwidth or flip)");
        RelayAction action = switch (verb) {
            case "cut" -> new RelayAction.Cut(links(tokens), tokens.accept("reset") ? CutMode.RESET : CutMode.CLOSE);
            case "stall" -> new RelayAction.Stall(links(tokens), directions(tokens), duration(tokens));
            case "refuse" -> new RelayAction.Refuse(duration(tokens));
            case "latency" -> latency(tokens);
            case "bandwidth" -> bandwidth(tokens);
            case "flip" -> flip(tokens);
            default -> throw tokens.errorAtLast("unknown action '" + verb
                    + "' (expected cut, stall, refuse, latency, bandwidth or flip)");
        };
        tokens.expectEnd();
        return action;
    }

    private static LinkSelector links(LineTokens tokens) throws ScriptSyntaxException {
        if (tokens.accept("all") || !isNumber(tokens.peek())) {
            return new LinkSelector.All();
        }
        return new LinkSelector.One(link(tokens));
    }

    private static Set<Direction> directions(LineTokens tokens) {
        if (tokens.accept("up")) {
            return Set.of(Direction.UP);
        }
        if (tokens.accept("down")) {
            return Set.of(Direction.DOWN);
        }
        tokens.accept("both");
        return Direction.BOTH;
    }

    private static RelayAction latency(LineTokens tokens) throws ScriptSyntaxException {
        Set<Direction> directions = directions(tokens);
        Duration latency = duration(tokens);
        Duration jitter = tokens.accept("jitter") ? duration(tokens) : Duration.ZERO;
        try {
            Shaping.NONE.withDelay(latency, jitter); // the bounds a relay accepts
        } catch (IllegalArgumentException e) {
            throw tokens.errorAtLast(e.getMessage());
        }
        return new RelayAction.Latency(directions, latency, jitter);
    }

    private static RelayAction bandwidth(LineTokens tokens) throws ScriptSyntaxException {
        Set<Direction> directions = directions(tokens);
        if (tokens.accept("off")) {
            return new RelayAction.Bandwidth(directions, 0);
        }
        return new RelayAction.Bandwidth(directions, convert(tokens, "a rate like 64KiB/s, or off", QuantityParser::rate));
    }

    private static RelayAction flip(LineTokens tokens) throws ScriptSyntaxException {
        String word = tokens.next("up or down");
        Direction direction = switch (word) {
            case "up" -> Direction.UP;
            case "down" -> Direction.DOWN;
            default -> throw tokens.errorAtLast("expected up or down, got '" + word + "'");
        };
        OptionalInt link = OptionalInt.empty();
        if (tokens.peekIs(1, "at") || tokens.peekIs(1, "in")) {
            link = OptionalInt.of(link(tokens));
        }
        FlipSpec spec;
        if (tokens.accept("in")) {
            String range = tokens.next("a range like 100..200");
            int dots = range.indexOf("..");
            if (dots < 0) {
                throw tokens.errorAtLast("expected a range like 100..200, got '" + range + "'");
            }
            long from = offset(tokens, range.substring(0, dots));
            long to = offset(tokens, range.substring(dots + 2));
            if (to < from) {
                throw tokens.errorAtLast("the range " + range + " ends before it starts");
            }
            spec = FlipSpec.within(from, to);
        } else {
            tokens.accept("at");
            spec = FlipSpec.at(offset(tokens, tokens.next("a byte offset")));
        }
        if (tokens.accept("mask")) {
            tokens.next("a mask like 0x01");
            spec = spec.withMask((int) number(tokens, "a mask from 0x01 to 0xff", 1, 0xFF));
        }
        return new RelayAction.Flip(direction, link, spec);
    }

    private static int link(LineTokens tokens) throws ScriptSyntaxException {
        tokens.next("a link number");
        return (int) number(tokens, "a link number", 1, MAX_LINK);
    }

    private static long offset(LineTokens tokens, String text) throws ScriptSyntaxException {
        try {
            return QuantityParser.number(text, "a byte offset", 0, Long.MAX_VALUE / 2);
        } catch (IllegalArgumentException e) {
            throw tokens.errorAtLast(e.getMessage());
        }
    }

    /** Reads the word last consumed as a number from {@code min} to {@code max}. */
    private static long number(LineTokens tokens, String what, long min, long max) throws ScriptSyntaxException {
        return tokens.convertLast(text -> QuantityParser.number(text, what, min, max));
    }

    private static Duration duration(LineTokens tokens) throws ScriptSyntaxException {
        return convert(tokens, "a duration like 2s", QuantityParser::duration);
    }

    private static <T> T convert(LineTokens tokens, String expected, Function<String, T> parser)
            throws ScriptSyntaxException {
        tokens.next(expected);
        return tokens.convertLast(parser);
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }
}
