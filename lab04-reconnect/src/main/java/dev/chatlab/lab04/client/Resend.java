package dev.chatlab.lab04.client;

import dev.chatlab.lab04.protocol.ReconnectClientFrame;

/**
 * A part of the client: how a say or whisper goes out again. <b>What this part decides:</b> what a frame that
 * was sent on a lost connection, and never acknowledged, is sent as on the next one. {@link #SAME_CID} sends
 * it with the cid it had, so that the server recognises a frame it did receive (its ack was lost) and
 * acknowledges it with the original id instead of delivering it twice.
 */
@FunctionalInterface
public interface Resend {

    /** The reference: the same frame with the same cid. */
    Resend SAME_CID = unacknowledged -> unacknowledged;

    /** The frame to write for {@code unacknowledged} (a say or whisper with its cid) on a new connection. */
    ReconnectClientFrame.Chat again(ReconnectClientFrame.Chat unacknowledged);
}
