/**
 * lab04's client as a library, with no console code, for lab04's console and lab05's Swing client alike:
 * {@link dev.chatlab.lab04.client.ReconnectingClient} (connection state machine, outbox with cids, dedup by
 * id, heartbeat check and keepalive pings, reconnects with {@link dev.chatlab.lab04.client.Backoff}; its
 * rules are the {@link dev.chatlab.lab04.client.ClientParts}: jitter, resend, silence watchdog) reports to a
 * {@link dev.chatlab.lab04.client.ClientListener} on its own event thread. It reaches the server through
 * lab02's {@code ServerConnector} seam (lab03's TLS connector in practice).
 */
package dev.chatlab.lab04.client;
