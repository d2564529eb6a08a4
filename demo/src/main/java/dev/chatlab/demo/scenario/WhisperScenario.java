package dev.chatlab.demo.scenario;

import dev.chatlab.demo.cast.Stage;
import dev.chatlab.demo.cast.StepFailedException;

/** {@code whisper}: ana and carla whisper; bob, in the same room, never sees it. */
record WhisperScenario() implements Scenario {

    @Override
    public String name() {
        return "whisper";
    }

    @Override
    public String title() {
        return "A private message";
    }

    @Override
    public String summary() {
        return "ana whispers to carla (/msg carla ...) and carla whispers back; bob's window never shows either";
    }

    @Override
    public void play(Stage stage, Show show) throws StepFailedException {
        Stage.Cast room = Room.assemble(stage, show);
        String question = "Lunch after the lab?";
        show.caption("ana types  /msg carla " + question + "  : a whisper, for carla only", 1);
        room.ana().send("/msg carla " + question);
        room.carla().awaitLine("*ana* " + question);
        room.ana().awaitRow("-> *carla* " + question);
        show.hold(1.5);
        String reply = "Yes! 12:30 at the cafeteria.";
        show.caption("carla whispers back from the console:  /msg ana " + reply, 1);
        room.carla().type("/msg ana " + reply);
        room.ana().awaitRow("*carla* " + reply);
        room.carla().awaitLine("-> *ana* " + reply);
        show.hold(1);
        show.caption("then ana says something to everyone", 0.5);
        String open = "Back to the lab: who has the handout?";
        room.ana().send(open);
        room.bob().awaitRow("<ana> " + open); // the whispers had lower ids: had bob got them, they came first
        show.check(room.bob().rows().stream().noneMatch(row -> row.contains(question) || row.contains(reply)),
                "bob's window shows a whisper that was not for him");
        show.verified("carla and ana got the whispers; bob got ana's later message, and neither whisper before it");
    }
}
