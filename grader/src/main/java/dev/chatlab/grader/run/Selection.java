package dev.chatlab.grader.run;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
 */
public record Selection(List<Class<?>> suites, TransportKind transport, String nameContains) {

    public Selection {
        suites = List.copyOf(suites);
        Objects.requireNonNull(transport, "transport");
        nameContains = Objects.requireNonNull(nameContains, "nameContains").strip();
        if (suites.isEmpty()) {
            throw new IllegalArgumentException("A selection needs at least one suite");
        }
    }

    /** Every suite of {@code lab}, over the lab's transport. */
    public static Selection of(Lab lab) {
        return new Selection(lab.suites(), lab.transport(), "");
    }

    /** Only {@code some} suites, in the order given. */
    public Selection suites(List<Class<?>> some) {
        return new Selection(some, transport, nameContains);
    }

    /** The same suites over {@code other}. */
    public Selection over(TransportKind other) {
        return new Selection(suites, other, nameContains);
    }

    /** Only the checks whose name contains {@code text} (see {@link #nameContains()}). */
    public Selection named(String text) {
        return new Selection(suites, transport, text);
    }

    /** True unless every check of the suites runs. */
    public boolean isPartial() {
        return !nameContains.isEmpty();
    }

    /** True if the check named {@code checkName} ("echoes one line") is selected. */
    public boolean selects(String checkName) {
        return checkName.toLowerCase(Locale.ROOT).contains(nameContains.replace('_', ' ').toLowerCase(Locale.ROOT));
    }
}
