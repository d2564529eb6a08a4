package dev.chatlab.lab05.web;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Why the gateway closes a WebSocket: an RFC 6455 close code and a reason the page shows to its user. The
 * gateway adds no frames of its own to chat/1; a close is the only thing it ever says itself.
 *
 * @param code   the close code, one of the constants below
 * @param reason a short English sentence, cut to the 123 bytes a close frame can carry
 */
public record CloseReason(int code, String reason) {

    /** 1000: the chat server ended the connection (after a bye, or on its own). */
    public static final int NORMAL = 1000;
    /** 1001: the gateway is shutting down. */
    public static final int GOING_AWAY = 1001;
    /** 1008: a message that is not one chat/1 frame (binary, or with a line break), or a browser that does not read what it is sent. */
    public static final int POLICY_VIOLATION = 1008;
    /** 1009: a message longer than a chat/1 frame (Jetty sends it itself, see {@link WebGateway}). */
    public static final int MESSAGE_TOO_BIG = 1009;
    /** 1013: the gateway has as many connections as it may have; try again later. */
    public static final int TRY_AGAIN_LATER = 1013;
    /** 1014: the chat server cannot be reached, or its connection failed. */
    public static final int BAD_GATEWAY = 1014;

    /** The most a close frame's reason holds, in UTF-8 bytes. */
    static final int MAX_REASON_BYTES = 123;

    public CloseReason {
        Objects.requireNonNull(reason, "reason");
        reason = fit(reason);
    }

    static CloseReason upstreamClosed() {
        return new CloseReason(NORMAL, "the chat server closed the connection");
    }

    static CloseReason upstreamFailed(String why) {
        return new CloseReason(BAD_GATEWAY, "the connection to the chat server failed: " + why);
    }

    static CloseReason upstreamUnreachable(String why) {
        return new CloseReason(BAD_GATEWAY, why);
    }

    static CloseReason gatewayFull(int maxConnections) {
        return new CloseReason(TRY_AGAIN_LATER, "the gateway is full (" + maxConnections + " connections)");
    }

    static CloseReason slowBrowser(long maxQueueBytes) {
        return new CloseReason(POLICY_VIOLATION, "slow: more than " + maxQueueBytes + " bytes waiting for this page");
    }

    static CloseReason notOneFrame() {
        return new CloseReason(POLICY_VIOLATION, "a message must be one chat/1 frame, without a line break");
    }

    static CloseReason notText() {
        return new CloseReason(POLICY_VIOLATION, "chat/1 frames are text messages, not binary ones");
    }

    static CloseReason shuttingDown() {
        return new CloseReason(GOING_AWAY, "the gateway is shutting down");
    }

    /** {@code text} cut at a character boundary so that it fits a close frame. */
    private static String fit(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_REASON_BYTES) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = 3; // the ellipsis
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_REASON_BYTES) {
                break;
            }
            cut.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return cut.append('\u2026').toString();
    }
}
