package dev.chatlab.lab02.server;

import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ProtocolException;

/**
 * One connection's side of the chat, made by a {@link ChatService}: it checks and dispatches each frame the
 * connection's reader cut from the stream, and hears when the connection ends. lab02's {@link Session} is one.
 *
 * <p>Every method is called on the connection's reader thread, in order: {@link #handle} or {@link #refuse}
 * per frame, then {@link #ended} once.
 */
public interface FrameHandler {

    /**
     * Handles one frame's content (without its line end). Returns {@code null} to go on reading, or why the
     * connection ends: {@code BYE} after a bye, {@code DISCONNECT} to close it after an error. Never throws for
     * bad input: every refusal is answered with an error frame.
     */
    LeftReason handle(byte[] line);

    /**
     * Answers a frame the reader itself refused ({@code FRAME_TOO_LONG}) with its error frame. Returns
     * {@code DISCONNECT} when the connection must close once that frame is sent, else {@code null}.
     */
    LeftReason refuse(ProtocolException refused);

    /**
     * The connection has stopped reading: {@code reason} is what {@link #handle} or {@link #refuse} returned,
     * or {@code DISCONNECT} when the input ended or failed (the client closed or reset it, or
     * {@link ChatService#attach}'s {@code close} ran). Frames offered afterwards may still go out before the
     * socket closes.
     */
    void ended(LeftReason reason);
}
