/**
 * The chat/1 protocol, with no sockets and no threads: frames as records behind two sealed interfaces
 * ({@link dev.chatlab.lab02.protocol.ClientFrame}, {@link dev.chatlab.lab02.protocol.ServerFrame}), the line
 * framing with its 16384-byte limit ({@link dev.chatlab.lab02.protocol.FrameReader}), and the JSON codecs that
 * turn a line into a frame or into a {@link dev.chatlab.lab02.protocol.ProtocolException} carrying the
 * {@link dev.chatlab.lab02.protocol.ErrorCode} to answer. The server and the console client both build on it.
 */
package dev.chatlab.lab02.protocol;
