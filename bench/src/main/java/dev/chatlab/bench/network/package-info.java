/**
 * The network between the load generator's clients and the server ({@code --net}). A
 * {@link dev.chatlab.bench.network.NetworkPreset} holds the figures of one network (one-way latency, jitter,
 * bandwidth per connection, and for {@code lossy} the {@link dev.chatlab.bench.network.RetransmissionStalls}
 * that stand for lost packets); a {@link dev.chatlab.bench.network.NetworkPath} puts it in place for one run:
 * directly, or through the kit's fault-injecting relay started in this JVM
 * ({@link dev.chatlab.bench.network.RelayedPath}), with a {@link dev.chatlab.bench.network.StallScheduler}
 * playing the stalls. Every client connection of the run then goes through the relay, so every latency the
 * run measures includes the relay's delay.
 */
package dev.chatlab.bench.network;
