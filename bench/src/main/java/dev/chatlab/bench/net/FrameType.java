package dev.chatlab.bench.net;

/** The server frames the generator tells apart; every other {@code type} is {@link #OTHER}. */
public enum FrameType {
    WELCOME, MESSAGE, LEFT, ERROR, PING, OTHER
}
