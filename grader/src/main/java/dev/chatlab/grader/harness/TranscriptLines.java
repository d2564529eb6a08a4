package dev.chatlab.grader.harness;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An output stream whose lines become transcript notes of one actor: where a tool of the grader's that logs to a
 * {@link java.io.PrintStream} (the relay) writes, so that its events show in a failed check's transcript.
 */
final class TranscriptLines extends OutputStream {

    private final Transcript transcript;
    private final String actor;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    TranscriptLines(Transcript transcript, String actor) {
        this.transcript = transcript;
        this.actor = actor;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            transcript.note(actor, line.toString(StandardCharsets.UTF_8));
            line.reset();
        } else {
            line.write(b);
        }
    }
}
