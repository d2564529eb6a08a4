package dev.chatlab.grader.result;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a transcript's runs of similar events: 200 {@code say} frames sent in a row, or a frame sent and its
 * answer received 200 times in turn, become their first and last rounds with one line in between that counts
 * and names what was left out ("... 180 more `say` frames sent by client#1 ..."). The last events, which led to
 * the failure, are never shortened.
 */
final class EventRuns {

    /** The last events, kept whole: what happened just before the failure. */
    static final int LAST_EVENTS_KEPT = 40;
    /** A run is shortened only if it leaves out at least this many events. */
    static final int MIN_LEFT_OUT = 6;
    /** Longest round of a run: up to three events repeated in turn (a frame, its answer, a note). */
    private static final int LONGEST_ROUND = 3;

    /** "client#1 > ..." or "fake server < ...": bytes sent or received by one side. */
    private static final Pattern TRAFFIC = Pattern.compile("([^\":]+?) ([<>]) (.*)");
    /** A chat/1 frame's type, as the transcript quotes it: {\"type\":\"say\", ... */
    private static final Pattern FRAME_TYPE = Pattern.compile("\\\\\"type\\\\\":\\\\\"([A-Za-z_]+)\\\\\"");
    /** A note's kind: the words before its first colon ("client stdout"), or its first word. */
    private static final Pattern NOTE_KIND = Pattern.compile("([^\":]{1,40}):.*|(\\S+).*");

    private EventRuns() {
    }

    /** {@code events} with every long run of similar events shortened, the last {@link #LAST_EVENTS_KEPT} whole. */
    static List<String> shorten(List<String> events) {
        List<String> kinds = events.stream().map(EventRuns::kind).toList();
        int shortenable = Math.max(0, events.size() - LAST_EVENTS_KEPT);
        List<String> kept = new ArrayList<>();
        int i = 0;
        while (i < events.size()) {
            int bestRound = 0;
            int bestEnd = i;
            for (int round = 1; round <= LONGEST_ROUND; round++) {
                int end = i + round;
                while (end < shortenable && kinds.get(end).equals(kinds.get(end - round))) {
                    end++;
                }
                if (end - i - 2 * round > bestEnd - i - 2 * bestRound) {
                    bestRound = round;
                    bestEnd = end;
                }
            }
            int leftOut = bestEnd - i - 2 * bestRound;
            if (bestRound == 0 || leftOut < MIN_LEFT_OUT) {
                kept.add(events.get(i++));
                continue;
            }
            kept.addAll(events.subList(i, i + bestRound));
            kept.add("[   ...   ] ... " + leftOut + " more " + describe(kinds.subList(i, i + bestRound)) + " ...");
            kept.addAll(events.subList(bestEnd - bestRound, bestEnd));
            i = bestEnd;
        }
        return kept;
    }

    private static String describe(List<String> round) {
        return round.size() == 1 ? round.getFirst() : "events, in turn: " + String.join(", ", round);
    }

    /** What an event is, without its time and data: "`say` frames sent by client#1", "`client stdout` events". */
    static String kind(String event) {
        int time = event.startsWith("[") ? event.indexOf("] ") : -1;
        String text = time < 0 ? event : event.substring(time + 2);
        Matcher traffic = TRAFFIC.matcher(text);
        if (traffic.matches()) {
            String direction = traffic.group(2).equals(">") ? "sent by " : "received by ";
            Matcher type = FRAME_TYPE.matcher(traffic.group(3));
            return (type.find() ? "`" + type.group(1) + "` frames " : "pieces of data ") + direction + traffic.group(1);
        }
        Matcher note = NOTE_KIND.matcher(text);
        return "`" + (note.matches() ? (note.group(1) != null ? note.group(1) : note.group(2)) : text) + "` events";
    }
}
