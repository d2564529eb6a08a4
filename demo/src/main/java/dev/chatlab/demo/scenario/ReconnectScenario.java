package dev.chatlab.demo.scenario;

import dev.chatlab.demo.cast.Await;
import dev.chatlab.demo.cast.Stage;
import dev.chatlab.demo.cast.StepFailedException;
import dev.chatlab.demo.screen.ScreenLayout;
import dev.chatlab.demo.screen.TerminalWindow;
import dev.chatlab.relay.fault.CutMode;
import java.time.Duration;
import java.util.List;

/**
 * {@code reconnect}: the relay cuts bob's and carla's connections and refuses new ones for a few seconds (a
 * network that is down); both clients count down to their next attempt, ana keeps talking, bob types while
 * offline; once the network is back both resume, and every message is there exactly once.
 */
record ReconnectScenario() implements Scenario {

    private static final Duration DOWN = Duration.ofSeconds(5);
    private static final Duration BACK = Duration.ofSeconds(30); // DOWN + the longest backoff (8 s) + a resume

    @Override
    public String name() {
        return "reconnect";
    }

    @Override
    public String title() {
        return "The connection cut, a countdown, nothing lost";
    }

    @Override
    public String summary() {
        return "the relay cuts bob's and carla's connections; they count down, reconnect, resume, and miss nothing";
    }

    @Override
    public void play(Stage stage, Show show) throws StepFailedException {
        Stage.Cast room = Room.assemble(stage, show);
        TerminalWindow relayLog = TerminalWindow.open("relay — the network of bob and carla", ScreenLayout.RIGHT_BOTTOM);
        stage.relayLog(relayLog);
        try {
            show.caption("the relay cuts every link and refuses new connections for " + Await.seconds(DOWN), 0.5);
            stage.relay().faults().refuse(DOWN);
            stage.relay().faults().cutAll(CutMode.CLOSE);
            room.bob().awaitStatus("Reconnecting in");
            room.carla().awaitPrefix("* connection lost; reconnecting in", Await.STEP);
            show.caption("bob's status bar counts down to the next attempt (full-jitter backoff); carla's console says the same", 1.5);
            List<String> said = List.of("Did bob and carla just drop?", "They'll get these when they are back.",
                    "Third message while they are offline.");
            for (String text : said) {
                room.ana().send(text);
                room.ana().awaitRow("<ana> " + text);
            }
            show.caption("ana keeps talking; bob types while offline (his message waits in the outbox)", 0.5);
            String queued = "Typed while offline, sent after the resume";
            room.bob().send(queued);
            room.bob().awaitRow("<bob> " + queued + " [pending]");
            show.hold(1);
            Await.until(() -> room.bob().status().startsWith("Connected"), BACK, "bob to reconnect");
            room.carla().awaitPrefix("* reconnected (resumed;", BACK);
            show.caption("the network is back: both clients resumed their sessions and got what they missed", 1);
            room.bob().awaitRow("* reconnected (resumed; 3 missed messages)");
            room.ana().awaitRow("<bob> " + queued);
            room.carla().awaitLine("<bob> " + queued);
            for (String text : said) {
                room.bob().awaitRow("<ana> " + text);
                room.carla().awaitLine("<ana> " + text);
                show.check(room.bob().count("<ana> " + text) == 1 && room.carla().count("<ana> " + text) == 1,
                        "'" + text + "' was not shown exactly once to bob and carla");
            }
            show.check(room.ana().count("<bob> " + queued) == 1, "bob's queued message reached ana other than once");
            show.verified("nothing lost, nothing twice: the 3 missed messages and bob's queued one, each shown once");
        } finally {
            stage.relayLog(null);
            relayLog.close();
        }
    }
}
