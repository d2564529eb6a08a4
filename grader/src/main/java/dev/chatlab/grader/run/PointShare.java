package dev.chatlab.grader.run;

import java.util.List;

/**
 * One part of a lab's 100 points, shared by some of its suites: each check of those suites gets a part of
 * {@link #points()} in proportion to its {@link dev.chatlab.grader.check.Check#points()} weight. A lab that
 * reuses another lab's suites gives them a share of their own, so their weights never change its total.
 *
 * @param points what the suites are worth together, 1 to 100
 * @param suites the suites that share them, in the order they run
 */
public record PointShare(int points, List<Class<?>> suites) {

    public PointShare {
        suites = List.copyOf(suites);
        if (points < 1 || points > 100) {
            throw new IllegalArgumentException("A share is 1 to 100 points, not " + points);
        }
        if (suites.isEmpty()) {
            throw new IllegalArgumentException("A share of " + points + " points needs at least one suite");
        }
    }

    /** {@code points} shared by {@code suites}. */
    public static PointShare of(int points, Class<?>... suites) {
        return new PointShare(points, List.of(suites));
    }
}
