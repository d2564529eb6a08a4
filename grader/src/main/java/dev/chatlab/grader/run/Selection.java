package dev.chatlab.grader.run;

import java.util.List;
import java.util.Objects;

/**
 * What one grading run of a lab covers: which of its suites, over which transport. {@link #of(Lab)} is the
 * whole lab as it declares itself; the grader's own tests narrow it to some suites, or run it over another
 * transport (lab02's suites over TLS, before lab03 exists).
 *
 * @param suites    the suites to run, in order, all of them the lab's
 * @param transport how the processes under test are talked to
 */
public record Selection(List<Class<?>> suites, TransportKind transport) {

    public Selection {
        suites = List.copyOf(suites);
        Objects.requireNonNull(transport, "transport");
        if (suites.isEmpty()) {
            throw new IllegalArgumentException("A selection needs at least one suite");
        }
    }

    /** Every suite of {@code lab}, over the lab's transport. */
    public static Selection of(Lab lab) {
        return new Selection(lab.suites(), lab.transport());
    }

    /** Only {@code some} suites, in the order given. */
    public Selection suites(List<Class<?>> some) {
        return new Selection(some, transport);
    }

    /** The same suites over {@code other}. */
    public Selection over(TransportKind other) {
        return new Selection(suites, other);
    }
}
