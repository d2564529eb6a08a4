package dev.chatlab.grader.run;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which labs and checks a {@code grade} covers: {@code --lab N|all} and {@code --check TEXT} read against the
 * catalogue of labs ({@link Lab}). Every method answers at once; a choice that names nothing gradable throws a
 * {@link UsageException} that says so.
 *
 * @param lab       a lab's number, or {@code all}
 * @param checkName only the checks whose name contains this ({@link Selection#named}); null for every check
 * @param commands  true if {@code --server-cmd} or {@code --client-cmd} replaces a reference process
 */
public record LabChoice(String lab, String checkName, boolean commands) {

    public LabChoice {
        Objects.requireNonNull(lab, "lab");
    }

    /**
     * The labs to grade in {@code graded}, in the catalogue's order: all it has, or the one asked for; with
     * {@code --check}, only those that have a check it names.
     *
     * @throws UsageException if {@code --lab} is neither a lab of the catalogue nor {@code all}, if {@code graded}
     *                        has no lab, if commands go with {@code all}, or if no check of the labs is named
     */
    public List<Lab> labs(Kit graded) {
        List<Lab> labs;
        if (lab.equals("all")) {
            labs = Arrays.stream(Lab.values()).filter(graded::has).toList();
            if (labs.isEmpty()) {
                throw new UsageException("No lab to grade in " + graded.root());
            }
        } else {
            int number;
            try {
                number = Integer.parseInt(lab);
            } catch (NumberFormatException e) {
                throw new UsageException("--lab takes 1-5 or all, not: " + lab);
            }
            Lab chosen = Lab.byNumber(number).orElseThrow(() -> new UsageException(
                    "The grader has no suite for lab " + number + " yet; it grades labs "
                            + Arrays.stream(Lab.values()).map(l -> Integer.toString(l.number())).toList()));
            labs = List.of(chosen);
        }
        if (commands && lab.equals("all")) {
            throw new UsageException("--server-cmd and --client-cmd need one --lab N");
        }
        if (checkName != null) {
            labs = labs.stream().filter(this::hasChosenChecks).toList();
            if (labs.isEmpty()) {
                throw new UsageException(noCheckNamed());
            }
        }
        return labs;
    }

    /**
     * Checks, before any lab is built, that {@code --check} names a check of the labs asked for; a {@code --lab}
     * that names no lab is left to {@link #labs(Kit)}, which says so.
     *
     * @throws UsageException listing the checks of the labs asked for, if none is named
     */
    public void requireSomeCheckNamed() {
        boolean knownLabs = Arrays.stream(Lab.values()).anyMatch(this::isAsked);
        if (checkName != null && knownLabs
                && Arrays.stream(Lab.values()).filter(this::isAsked).noneMatch(this::hasChosenChecks)) {
            throw new UsageException(noCheckNamed());
        }
    }

    /** The whole lab, or with {@code --check} only the checks whose name contains its text. */
    public Selection selection(Lab each) {
        return checkName == null ? Selection.of(each) : Selection.of(each).named(checkName);
    }

    /** True if {@code --lab} asks for {@code each}. */
    private boolean isAsked(Lab each) {
        return lab.equals("all") || lab.equals(Integer.toString(each.number()));
    }

    /** True if {@code each} has a check that {@link #selection} runs. */
    private boolean hasChosenChecks(Lab each) {
        Selection chosen = selection(each);
        return each.points().checks().stream().anyMatch(check -> chosen.selects(check.name()));
    }

    /** The usage error of a {@code --check} that matches no check of the labs asked for, listing their checks. */
    private String noCheckNamed() {
        StringBuilder message = new StringBuilder("No check name contains \"" + checkName.strip()
                + "\" (ignoring case), so nothing was graded. The checks are:");
        Arrays.stream(Lab.values()).filter(this::isAsked).forEach(each -> each.points().checks().forEach(check ->
                message.append("\n  ").append(each.title()).append(": ").append(check.name())));
        return message.toString();
    }
}
