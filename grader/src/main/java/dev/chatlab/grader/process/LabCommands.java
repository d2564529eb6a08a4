package dev.chatlab.grader.process;

import java.util.List;
import java.util.Objects;

/**
 * What the process contract checks need to know of one lab's command line.
 *
 * @param defaultPort    the port the server listens on without {@code --port}: 7001 for lab01, 7002 for lab02
 * @param clientRequired the options, with their values, that the lab's client needs besides {@code --host} and
 *                       {@code --port}, in name-value pairs: {@code --nick ana} from lab02 on, none in lab01;
 *                       leaving out any one of them is bad usage
 * @param probe          a line the server answers with at least one byte: proves that it serves a connection
 */
public record LabCommands(int defaultPort, List<String> clientRequired, String probe) {

    public LabCommands {
        clientRequired = List.copyOf(clientRequired);
        Objects.requireNonNull(probe, "probe");
        if (defaultPort < 1 || defaultPort > 65_535) {
            throw new IllegalArgumentException("Port out of range: " + defaultPort);
        }
        if (clientRequired.size() % 2 != 0) {
            throw new IllegalArgumentException("Options come in name-value pairs: " + clientRequired);
        }
    }
}
