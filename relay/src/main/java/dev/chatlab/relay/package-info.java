/**
 * A fault-injecting TCP relay. {@link dev.chatlab.relay.Relay} listens on 127.0.0.1 and joins every client
 * it accepts to a target on the same machine; {@link dev.chatlab.relay.RelayFaults} breaks those connections on
 * purpose: cut, refuse, stall, latency and jitter, bandwidth, bit flips. This is how the kit shows the failure
 * models of a network (a crash, a half-open connection, a stall, a slow or corrupting path) to a client and a
 * server that must survive them.
 *
 * <p>Layers, from the bottom: {@code fault} (the vocabulary of faults), {@code link} (sockets and the threads
 * that move bytes), {@code event} (what happened), this package (the relay and its control surface),
 * {@code action} (faults as values, run on a schedule), {@code script} and {@code chaos} (two ways to write a
 * schedule), {@code cli} (the {@code relay} command).
 */
package dev.chatlab.relay;
