/**
 * The vocabulary of faults, independent of sockets: the two {@link dev.chatlab.relay.fault.Direction}s of a
 * link, how a link is cut ({@link dev.chatlab.relay.fault.CutMode}), the {@link dev.chatlab.relay.fault.Shaping}
 * of a direction (latency, jitter, bandwidth) and the {@link dev.chatlab.relay.fault.TokenBucket} that paces it,
 * a bit flip ({@link dev.chatlab.relay.fault.FlipSpec}), and {@link dev.chatlab.relay.fault.FaultRandom}, which
 * derives every random choice from one seed.
 */
package dev.chatlab.relay.fault;
