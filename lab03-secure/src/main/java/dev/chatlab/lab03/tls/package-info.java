/**
 * TLS 1.3 for chat/1, with the JDK's own TLS (JSSE): {@link dev.chatlab.lab03.tls.ServerTls} turns a
 * certificate chain and key into server sockets that speak TLS 1.3 only (optionally asking clients for a
 * certificate: mutual TLS), and {@link dev.chatlab.lab03.tls.ClientTls} opens connections that trust one CA
 * and check the server's host name. {@link dev.chatlab.lab03.tls.TlsFailure} says in plain words why a
 * handshake failed. The layers: TCP socket, then TLS records (this package), then chat/1's JSON lines.
 */
package dev.chatlab.lab03.tls;
