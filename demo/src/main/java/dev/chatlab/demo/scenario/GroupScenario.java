package dev.chatlab.demo.scenario;

import dev.chatlab.demo.cast.Stage;
import dev.chatlab.demo.cast.StepFailedException;

/** {@code group}: three people join one room from two kinds of client and talk; everyone sees every line. */
record GroupScenario() implements Scenario {

    @Override
    public String name() {
        return "group";
    }

    @Override
    public String title() {
        return "Connecting and chatting in a group";
    }

    @Override
    public String summary() {
        return "two desktop windows and a console client join over TLS 1.3 and chat; every message reaches everyone, once";
    }

    @Override
    public void play(Stage stage, Show show) throws StepFailedException {
        Stage.Cast room = Room.assemble(stage, show);
        show.caption("ana says hello from her window", 0.5);
        String hello = "Hi all! Is everyone here for the lab?";
        room.ana().send(hello);
        expectEverywhere(room, "<ana> " + hello);
        show.hold(1.5);
        show.caption("carla answers from the console", 0.5);
        String answer = "Here, from the console client!";
        room.carla().type(answer);
        expectEverywhere(room, "<carla> " + answer);
        show.hold(1.5);
        show.caption("bob writes a message of two lines (Shift+Enter in the window)", 0.5);
        String twoLines = "Here too.\nSame server, same room, three clients.";
        room.bob().send(twoLines);
        room.ana().awaitRow("<bob> " + twoLines.replace("\n", "\n  "));
        room.carla().awaitLine("  Same server, same room, three clients.");
        show.check(room.ana().count("<ana> " + hello) == 1 && room.bob().count("<ana> " + hello) == 1
                && room.carla().count("<ana> " + hello) == 1, "ana's hello was not shown exactly once by every client");
        show.verified("every message reached all three clients, each exactly once");
    }

    /** Waits until all three show {@code line}. */
    static void expectEverywhere(Stage.Cast room, String line) throws StepFailedException {
        room.ana().awaitRow(line);
        room.bob().awaitRow(line);
        room.carla().awaitLine(line);
    }
}
