package dev.chatlab.demo.scenario;

import java.util.List;
import java.util.Optional;

/** The demo's scenarios, in the order a full run plays them. */
public final class Scenarios {

    /** Every scenario, in playing order. */
    public static final List<Scenario> ALL = List.of(new GroupScenario(), new WhisperScenario(), new RefusedScenario(),
            new EavesdropScenario(), new ReconnectScenario(), new SlowScenario());

    private Scenarios() {
    }

    /** The scenario named {@code name}, or empty. */
    public static Optional<Scenario> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The names, comma-separated, for messages. */
    public static String names() {
        return String.join(", ", ALL.stream().map(Scenario::name).toList());
    }
}
