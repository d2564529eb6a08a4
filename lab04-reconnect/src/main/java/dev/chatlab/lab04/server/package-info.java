/**
 * lab04's server: sessions that outlive their connections. lab02's accept loop, connections and bounded
 * queues and lab03's TLS and policy run unchanged ({@link dev.chatlab.lab04.server.ReconnectServer} wires
 * them); lab02's room is replaced, through its {@code ChatService} seam, by a
 * {@link dev.chatlab.lab04.server.SessionRoom} with a {@link dev.chatlab.lab04.server.History}, per-session
 * {@link dev.chatlab.lab04.server.CidTable}s and a {@link dev.chatlab.lab04.server.SessionExpiry} for detached
 * sessions (the {@link dev.chatlab.lab04.server.ServerParts}), and each connection gets a
 * {@link dev.chatlab.lab04.server.SessionConnection} with its {@link dev.chatlab.lab04.server.Heartbeat}.
 */
package dev.chatlab.lab04.server;
