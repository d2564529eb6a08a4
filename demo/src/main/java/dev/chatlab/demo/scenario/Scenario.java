package dev.chatlab.demo.scenario;

import dev.chatlab.demo.cast.Stage;
import dev.chatlab.demo.cast.StepFailedException;

/**
 * One scripted scene of the demo: it plays on the {@link Stage} with captions from the {@link Show}, and it
 * checks what it shows as it goes (a message arrived, nothing was lost): a check that fails stops it with a
 * {@link StepFailedException} whose message is the reason.
 */
public sealed interface Scenario
        permits GroupScenario, WhisperScenario, RefusedScenario, EavesdropScenario, ReconnectScenario, SlowScenario {

    /** The name that {@code --scenario} takes, e.g. {@code whisper}. */
    String name();

    /** The headline of its caption, e.g. {@code A private message}. */
    String title();

    /** One line for {@code --list}: what it shows and what it proves. */
    String summary();

    /**
     * Plays the scene; the people it needs join first if they are not on the stage yet.
     *
     * @throws StepFailedException if a step does not happen as scripted
     */
    void play(Stage stage, Show show) throws StepFailedException;
}
