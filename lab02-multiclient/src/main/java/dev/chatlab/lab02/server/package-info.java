/**
 * The chat server: many clients at once, one virtual thread reading each connection and one writing it.
 * {@link dev.chatlab.lab02.server.ChatServer} binds and closes, its
 * {@link dev.chatlab.lab02.server.AcceptLoop} accepts; each {@link dev.chatlab.lab02.server.ClientConnection}
 * runs a {@link dev.chatlab.lab02.server.ConnectionReader}, which cuts its bytes into frames and hands them to
 * its {@link dev.chatlab.lab02.server.Session}, which checks and dispatches them, and a
 * {@link dev.chatlab.lab02.server.ConnectionWriter}; the {@link dev.chatlab.lab02.server.Room} (its members)
 * is the only shared state and, through {@link dev.chatlab.lab02.server.RoomDelivery}, has one lock, under
 * which ids are assigned and frames are queued; every client's
 * {@link dev.chatlab.lab02.server.OutboundQueue} is bounded in bytes, so a client that stops reading is
 * dropped instead of slowing down the others, and its {@link dev.chatlab.lab02.server.OutboundBackPressure}
 * slows the senders down for a client that reads slowly. Three seams let a later lab add TLS, limits and
 * sessions of its own without copying the server: the {@code ServerSocketFactory} given to
 * {@code ChatServer.open}; a {@link dev.chatlab.lab02.server.ConnectionPolicy} that admits each connection
 * and makes its {@link dev.chatlab.lab02.server.ConnectionGuard}; and a
 * {@link dev.chatlab.lab02.server.ChatService} that attaches a {@link dev.chatlab.lab02.server.FrameHandler}
 * to each connection (lab02's room and sessions by default; lab04's resumable sessions).
 */
package dev.chatlab.lab02.server;
