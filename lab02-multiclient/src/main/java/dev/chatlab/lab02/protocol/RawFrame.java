package dev.chatlab.lab02.protocol;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client frame whose framing and {@code type} are good but whose other fields are not checked yet. The
 * server checks registration on it before {@link ClientFrameCodec#bind(RawFrame)} checks the fields, as
 * chat/1's error precedence requires.
 *
 * @param type the frame's type
 * @param json the whole frame; read only by {@link ClientFrameCodec}
 */
public record RawFrame(ClientFrame.Type type, ObjectNode json) {
    public RawFrame {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
    }
}
