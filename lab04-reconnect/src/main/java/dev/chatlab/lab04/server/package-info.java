/**
 * lab04's server: sessions that outlive their connections. lab02's accept loop, connections and bounded
 * queues and lab03's TLS and policy run unchanged ({@link dev.chatlab.lab04.server.ReconnectServer} wires
 * them); lab02's room is replaced, through its {@code ChatService} seam, by a
 * {@link dev.chatlab.lab04.server.SessionRoom} with a {@link dev.chatlab.lab04.server.HistoryRing}, per-session
 * {@link dev.chatlab.lab04.server.CidTable}s and detached sessions' expiry timers, and each connection gets a
 * {@link dev.chatlab.lab04.server.SessionConnection} with its {@link dev.chatlab.lab04.server.Heartbeat}.
 */
package dev.chatlab.lab04.server;
