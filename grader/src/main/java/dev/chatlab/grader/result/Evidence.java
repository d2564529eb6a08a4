package dev.chatlab.grader.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a failed check leaves for the reports: the unfinished tasks its programs hit, the transcript of its
 * exchange and an excerpt of each process's stderr. Long runs of similar events are shortened to their first and
 * last rounds and a line that counts what was left out, except among the last events; what remains is kept whole
 * up to {@link #HEAD_EVENTS} + {@link #TAIL_EVENTS} events, and beyond that keeps its beginning and its end, with
 * one line in between that counts the events left out, so that no report grows without limit. The reports show
 * it all; the console shows only its end.
 *
 * @param transcript      the events kept, oldest first, each prefixed with its time (and maybe elision lines)
 * @param events          how many events the check recorded in all
 * @param stderr          a heading per process followed by the lines of its stderr worth reading
 * @param unfinishedTasks the starter stubs the programs hit, as they printed them, with the process that did:
 *                        "TODO(lab01): echo every byte until the client half-closes (server stderr)"
 */
public record Evidence(List<String> transcript, int events, List<String> stderr, List<String> unfinishedTasks) {

    /** Events kept from the beginning of a long transcript: how the exchange started. */
    public static final int HEAD_EVENTS = 100;
    /** Events kept from the end of a long transcript: what led to the failure. */
    public static final int TAIL_EVENTS = 400;

    /** No evidence: a check that passed, or failed before it did anything. */
    public static final Evidence NONE = new Evidence(List.of(), 0, List.of(), List.of());

    public Evidence {
        transcript = List.copyOf(transcript);
        stderr = List.copyOf(stderr);
        unfinishedTasks = List.copyOf(unfinishedTasks);
        if (events < transcript.size() - 1) {
            throw new IllegalArgumentException("Fewer events (" + events + ") than kept: " + transcript.size());
        }
    }

    /** Evidence in which no program hit an unfinished task. */
    public Evidence(List<String> transcript, int events, List<String> stderr) {
        this(transcript, events, stderr, List.of());
    }

    /** The evidence of {@code allEvents} (bounded as described above) and {@code stderr}. */
    public static Evidence of(List<String> allEvents, List<String> stderr) {
        return of(allEvents, stderr, List.of());
    }

    /** The evidence of {@code allEvents} (bounded as described above), {@code stderr} and the unfinished tasks hit. */
    public static Evidence of(List<String> allEvents, List<String> stderr, List<String> unfinishedTasks) {
        List<String> shortened = EventRuns.shorten(allEvents);
        if (shortened.size() <= HEAD_EVENTS + TAIL_EVENTS) {
            return new Evidence(shortened, allEvents.size(), stderr, unfinishedTasks);
        }
        List<String> kept = new ArrayList<>(shortened.subList(0, HEAD_EVENTS));
        int elided = shortened.size() - HEAD_EVENTS - TAIL_EVENTS;
        kept.add("[   ...   ] " + elided + " events left out");
        kept.addAll(shortened.subList(shortened.size() - TAIL_EVENTS, shortened.size()));
        return new Evidence(kept, allEvents.size(), stderr, unfinishedTasks);
    }

    /**
     * The line a failure begins with when its programs hit unfinished tasks, "unfinished task: TODO(lab01): ...
     * (server stderr)"; empty when they hit none.
     */
    public Optional<String> unfinished() {
        return unfinishedTasks.isEmpty() ? Optional.empty() : Optional.of((unfinishedTasks.size() == 1
                ? "unfinished task: " : "unfinished tasks: ") + String.join("; ", unfinishedTasks));
    }

    /** The whole evidence as text: the transcript as kept, then the stderr excerpts; empty if there is none. */
    public String render() {
        return render(transcript.size(), transcript.size() < events
                ? "transcript, " + events + " events (some left out):" : "transcript:");
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
