package dev.chatlab.grader.lab04.broken;

import dev.chatlab.lab04.Lab04;
import dev.chatlab.lab04.client.ClientParts;
import dev.chatlab.lab04.protocol.ReconnectClientFrame;
import dev.chatlab.lab04.server.ServerParts;

/**
 * The reference client, but an unacknowledged say or whisper goes out again after a resume without its cid: the
 * server cannot tell it from a new one, and delivers it twice when only its ack was lost.
 */
public final class ResendsWithoutCidsClient {

    private ResendsWithoutCidsClient() {
    }

    public static void main(String[] args) {
        Lab04.main(args, ServerParts.REFERENCE, ClientParts.REFERENCE.withResend(
                unacknowledged -> new ReconnectClientFrame.Chat(unacknowledged.frame())));
    }
}
