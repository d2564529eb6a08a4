/**
 * The links of a relay and how their bytes move. A {@link dev.chatlab.relay.link.RelayLink} is one accepted
 * client socket joined to one socket to the target; it owns two {@link dev.chatlab.relay.link.DirectionPump}s:
 *
 * <pre>
 *   client socket --read--> [intake thread] --flip, capture, count, stamp due time-->
 *       {@link dev.chatlab.relay.link.ChunkBuffer} (bounded: a full buffer stops the reads, TCP pushes back)
 *   --> [delivery thread] --wait: due time, stall ({@link dev.chatlab.relay.link.DeliveryGate}), bandwidth-->
 *       --write--> server socket                                  (and the same, mirrored, for "down")
 * </pre>
 *
 * Each stage is a virtual thread doing blocking I/O. End of stream is queued behind the bytes and forwarded as
 * a half-close; a reset is forwarded at once as a reset. {@link dev.chatlab.relay.link.LinkTable} numbers the
 * links from 1 in the order they were accepted and finds them by number.
 */
package dev.chatlab.relay.link;
