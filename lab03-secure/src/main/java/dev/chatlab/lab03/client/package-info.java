/**
 * lab03's client: lab02's {@code ChatClient}, unchanged, reaching its server through
 * {@link dev.chatlab.lab03.client.TlsConnector}, which adds TLS 1.3 with the chain and host-name checks and
 * turns every TLS failure into one {@code TLS: <reason>} message.
 */
package dev.chatlab.lab03.client;
