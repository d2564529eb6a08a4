/**
 * The load generator: a {@link dev.chatlab.bench.load.LoadRun} connects a scenario's clients through a few
 * {@link dev.chatlab.bench.load.LoadLoop}s (one selector thread each, every client owned by exactly one),
 * paces the senders, drains what is still in flight and merges what each loop measured. A message's text
 * carries its own sequence number, sender and send time ({@link dev.chatlab.bench.load.MessageStamp}), so
 * every receiver can tell latency, loss, duplicates and order on its own, without shared state.
 */
package dev.chatlab.bench.load;
