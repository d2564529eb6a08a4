/**
 * The generator's wire layer: a {@link dev.chatlab.bench.net.Transport} moves bytes between a channel and
 * the generator ({@link dev.chatlab.bench.net.PlainTransport} for TCP; a TLS transport for lab03 wraps an
 * {@link javax.net.ssl.SSLEngine} behind the same interface, so the load loop does not change), a
 * {@link dev.chatlab.bench.net.LineSplitter} cuts the byte stream into lines without copying complete ones,
 * and {@link dev.chatlab.bench.net.FrameScanner} pulls {@code type}, {@code id}, {@code text}, {@code nick}
 * and {@code reason} out of a server frame in one pass, without building a JSON tree.
 */
package dev.chatlab.bench.net;
