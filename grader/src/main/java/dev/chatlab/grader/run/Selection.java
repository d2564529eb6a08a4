package dev.chatlab.grader.run;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What one grading run of a lab covers: which of its suites, over which transport, and which of their checks.
 * {@link #of(Lab)} is the whole lab as it declares itself; {@code grade --check TEXT} narrows it to the checks
 * whose name contains TEXT; the grader's own tests narrow it to some suites, or run it over another transport
 * (lab02's suites over TLS, before lab03 exists).
 *
 * @param suites       the suites to run, in order, all of them the lab's
 * @param transport    how the processes under test are talked to
 * @param nameContains only the checks whose name contains this, ignoring case and reading {@code _} as a
 *                     space (so a method name works too); empty for every check
 * @param names        only the checks with exactly these names (a handout's checkpoint); empty for every check
 */
public record Selection(List<Class<?>> suites, TransportKind transport, String nameContains, Set<String> names) {

    public Selection {
        suites = List.copyOf(suites);
        Objects.requireNonNull(transport, "transport");
        nameContains = Objects.requireNonNull(nameContains, "nameContains").strip();
        names = Set.copyOf(names);
        if (suites.isEmpty()) {
            throw new IllegalArgumentException("A selection needs at least one suite");
        }
    }

    /** Every check of {@code suites} whose name contains {@code nameContains}. */
    public Selection(List<Class<?>> suites, TransportKind transport, String nameContains) {
        this(suites, transport, nameContains, Set.of());
    }

    /** Every suite of {@code lab}, over the lab's transport. */
    public static Selection of(Lab lab) {
        return new Selection(lab.suites(), lab.transport(), "");
    }

    /** Only {@code some} suites, in the order given. */
    public Selection suites(List<Class<?>> some) {
        return new Selection(some, transport, nameContains, names);
    }

    /** The same suites over {@code other}. */
    public Selection over(TransportKind other) {
        return new Selection(suites, other, nameContains, names);
    }

    /** Only the checks whose name contains {@code text} (see {@link #nameContains()}). */
    public Selection named(String text) {
        return new Selection(suites, transport, text, names);
    }

    /**
     * Only the checks named exactly {@code exactly}, e.g. those a handout's checkpoint promises.
     *
     * @throws IllegalArgumentException if {@code exactly} is empty
     */
    public Selection only(Collection<String> exactly) {
        if (exactly.isEmpty()) {
            throw new IllegalArgumentException("Name at least one check");
        }
        return new Selection(suites, transport, nameContains, Set.copyOf(exactly));
    }

    /** True unless every check of the suites runs. */
    public boolean isPartial() {
        return !nameContains.isEmpty() || !names.isEmpty();
    }

    /** True if the check named {@code checkName} ("echoes one line") is selected. */
    public boolean selects(String checkName) {
        return (names.isEmpty() || names.contains(checkName)) && checkName.toLowerCase(Locale.ROOT).contains(nameContains.replace('_', ' ').toLowerCase(Locale.ROOT));
    }
}
