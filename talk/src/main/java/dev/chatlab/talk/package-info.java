/**
 * {@code talk}, the kit's own line-typing client: what {@code nc} is for plain TCP and
 * {@code openssl s_client} for TLS, so the handouts' manual sessions need nothing but the kit.
 * {@link dev.chatlab.talk.Talk} parses the options; {@link dev.chatlab.talk.TalkSession} connects and runs a
 * {@link dev.chatlab.talk.StdinSender} (stdin to socket, then half-close) next to a
 * {@link dev.chatlab.talk.ReceivedPrinter} (socket to stdout, a line at a time, bounded); a
 * {@link dev.chatlab.talk.Transport} sits between: plain TCP, or {@link dev.chatlab.talk.TlsTransport}
 * (TLS 1.3, chain and host name verified, certificates read from PEM by {@link dev.chatlab.talk.PemMaterial}).
 */
package dev.chatlab.talk;
