package dev.chatlab.relay.chaos;

import dev.chatlab.relay.action.ActionRun;
import dev.chatlab.relay.action.RelayAction;
import dev.chatlab.relay.fault.CutMode;
import java.util.List;

/**
 * What a chaos run did: how many steps it played, how many cut, reset or stalled a link, and how many found no
 * open link to act on.
 */
public record ChaosSummary(long seed, int steps, int cuts, int resets, int stalls, int skipped) {

    /** Counts the outcomes of a chaos run. */
    static ChaosSummary of(long seed, List<ActionRun.Outcome> outcomes) {
        int cuts = 0;
        int resets = 0;
        int stalls = 0;
        int skipped = 0;
        for (ActionRun.Outcome outcome : outcomes) {
            if (!outcome.applied()) {
                skipped++;
            } else if (outcome.action().action() instanceof RelayAction.Cut cut) {
                if (cut.mode() == CutMode.RESET) {
                    resets++;
                } else {
                    cuts++;
                }
            } else {
                stalls++;
            }
        }
        return new ChaosSummary(seed, outcomes.size(), cuts, resets, stalls, skipped);
    }

    /** {@code chaos (seed 42): 12 steps: 4 cuts, 3 resets, 3 stalls, 2 skipped (no open link)}. */
    public String describe() {
        return "chaos (seed " + seed + "): " + steps + " steps: " + cuts + " cuts, " + resets + " resets, " + stalls
                + " stalls, " + skipped + " skipped (no open link)";
    }
}
