/**
 * The generator's wire layer: a {@link dev.chatlab.bench.net.Transport} moves bytes between a channel and
 * the generator, made per connection by a {@link dev.chatlab.bench.net.TransportFactory}:
 * {@link dev.chatlab.bench.net.PlainTransport} for TCP, or, for lab03 and lab04,
 * {@link dev.chatlab.bench.net.TlsTrust} (TLS 1.3, one CA file trusted) with a TLS transport that drives an
 * {@link javax.net.ssl.SSLEngine} through its handshake and records on the loop's readiness events, so the
 * load loop does not change. A {@link dev.chatlab.bench.net.LineSplitter} cuts the byte stream into lines
 * without copying complete ones, and {@link dev.chatlab.bench.net.FrameScanner} pulls {@code type},
 * {@code id}, {@code text}, {@code nick}, {@code reason}, {@code code} and {@code token} out of a server frame
 * in one pass, without building a JSON tree.
 */
package dev.chatlab.bench.net;
