package dev.chatlab.grader.result;

import java.util.ArrayList;
import java.util.List;

/**
 * What a failed check leaves for the reports: the transcript of its exchange and the last lines each process
 * wrote to stderr. The transcript is kept whole up to {@link #HEAD_EVENTS} + {@link #TAIL_EVENTS} events; a
 * longer one keeps its beginning and its end, with one line in between that counts the events left out, so
 * that no report grows without limit. The reports show it all; the console shows only its end.
 *
 * @param transcript the events kept, oldest first, each prefixed with its time (and maybe one elision line)
 * @param events     how many events the check recorded in all
 * @param stderr     a heading per process followed by its last stderr lines
 */
public record Evidence(List<String> transcript, int events, List<String> stderr) {

    /** Events kept from the beginning of a long transcript: how the exchange started. */
    public static final int HEAD_EVENTS = 100;
    /** Events kept from the end of a long transcript: what led to the failure. */
    public static final int TAIL_EVENTS = 400;

    /** No evidence: a check that passed, or failed before it did anything. */
    public static final Evidence NONE = new Evidence(List.of(), 0, List.of());

    public Evidence {
        transcript = List.copyOf(transcript);
        stderr = List.copyOf(stderr);
        if (events < transcript.size() - 1) {
            throw new IllegalArgumentException("Fewer events (" + events + ") than kept: " + transcript.size());
        }
    }

    /** The evidence of {@code allEvents} (bounded as described above) and {@code stderr}. */
    public static Evidence of(List<String> allEvents, List<String> stderr) {
        if (allEvents.size() <= HEAD_EVENTS + TAIL_EVENTS) {
            return new Evidence(allEvents, allEvents.size(), stderr);
        }
        List<String> kept = new ArrayList<>(allEvents.subList(0, HEAD_EVENTS));
        int elided = allEvents.size() - HEAD_EVENTS - TAIL_EVENTS;
        kept.add("[   ...   ] " + elided + " events left out");
        kept.addAll(allEvents.subList(allEvents.size() - TAIL_EVENTS, allEvents.size()));
        return new Evidence(kept, allEvents.size(), stderr);
    }

    /** The whole evidence as text: the transcript as kept, then the stderr tails; empty if there is none. */
    public String render() {
        return render(transcript.size(), transcript.size() < events
                ? "transcript, " + events + " events (the middle left out):" : "transcript:");
    }

    /** The evidence with only the last {@code lastEvents} events of the transcript, as a terminal shows it. */
    public String render(int lastEvents) {
        int shown = Math.min(lastEvents, transcript.size());
        return render(shown, shown < events
                ? "transcript, last " + shown + " of " + events + " events:" : "transcript:");
    }

    private String render(int shown, String heading) {
        List<String> lines = new ArrayList<>();
        if (shown > 0) {
            lines.add(heading);
            transcript.subList(transcript.size() - shown, transcript.size()).forEach(event -> lines.add("  " + event));
        }
        lines.addAll(stderr);
        return String.join("\n", lines);
    }
}
