/**
 * lab03's server: lab02's {@code ChatServer} given TLS sockets and lab03's
 * {@link dev.chatlab.lab03.server.SecurePolicy}, without a line of lab02 copied. The policy admits at most
 * {@code --max-connections} connections and gives each a {@link dev.chatlab.lab03.server.SecureGuard}: the TLS
 * handshake and its deadline, the hello deadline, the login (lockout, then password), the token bucket and the
 * count of errors in a row. {@link dev.chatlab.lab03.server.SecureServer} wires the two together.
 */
package dev.chatlab.lab03.server;
