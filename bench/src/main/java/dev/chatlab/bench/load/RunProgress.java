package dev.chatlab.bench.load;

/**
 * Where a run stands, for the progress line.
 *
 * @param phase          {@code connect}, {@code warm-up}, {@code measure} or {@code drain}
 * @param seconds        seconds spent in this phase so far
 * @param phaseSeconds   the phase's length (its bound for connect and drain)
 * @param deliveriesPerSecond message frames received in the last second, all clients summed
 */
public record RunProgress(String server, int round, String phase, long seconds, long phaseSeconds, long joined,
                          int clients, long sent, long deliveriesPerSecond) {
}
