package dev.chatlab.grader.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.chatlab.grader.check.RunParameters;
import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.harness.TempFolder;
import dev.chatlab.grader.harness.Transport;
import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.LabResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Grades one lab: runs its suites, in order, through the JUnit Platform Launcher against a {@link Target}, one check
 * at a time, over the lab's transport, and collects a {@link LabResult}. For a TLS lab it first makes the run's
 * certificates in a temporary folder, which it deletes at the end. Blocks until every check has ended.
 */
public final class LabRunner {

    private LabRunner() {
    }

    /** Runs every check of {@code lab} against {@code target}, drawing random data from {@code seed}. */
    public static LabResult grade(Lab lab, Target target, long seed) {
        return grade(lab, Selection.of(lab), target, seed);
    }

    /**
     * Runs only {@code suites}, some of {@code lab}'s, in the order given: for a target that concerns one part
     * of the lab, such as a deliberately broken server in the grader's own tests.
     */
    public static LabResult grade(Lab lab, List<Class<?>> suites, Target target, long seed) {
        return grade(lab, Selection.of(lab).suites(suites), target, seed);
    }

    /**
     * Runs what {@code selection} covers of {@code lab} against {@code target}, over the selection's transport
     * (whatever transport {@code target} had).
     *
     * @throws IllegalArgumentException if a suite of the selection is not one of the lab's
     * @throws UncheckedIOException     if the run's certificates cannot be made
     */
    public static LabResult grade(Lab lab, Selection selection, Target target, long seed) {
        return grade(lab, selection, target, seed, CheckListener.NONE, Set.of());
    }

    /**
     * Runs what {@code selection} covers of {@code lab} against {@code target}, like
     * {@link #grade(Lab, Selection, Target, long)}, telling {@code listener} about each check as it happens. The
     * checks named in {@code first} run before the others (a watch re-runs what failed last time first); the
     * result lists the checks in the lab's own order whatever order they ran in.
     */
    public static LabResult grade(Lab lab, Selection selection, Target target, long seed, CheckListener listener,
                                  Set<String> first) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(first, "first");
        if (!lab.suites().containsAll(selection.suites())) {
            throw new IllegalArgumentException("Not all of " + selection.suites() + " grade " + lab.title());
        }
        try (TempFolder folder = TempFolder.create("chatlab-run-")) {
            Target graded = target.over(selection.transport().open(folder.path()));
            List<CheckResult> results = new ArrayList<>();
            if (!first.isEmpty()) {
                results.addAll(run(selection, lab.points(), graded, seed, listener, first::contains));
            }
            results.addAll(run(selection, lab.points(), graded, seed, listener, name -> !first.contains(name)));
            if (!first.isEmpty()) {
                results.sort(Comparator.comparingInt(inLabOrder(lab.points())));
            }
            String description = graded.transport() instanceof Transport.Plain ? graded.description()
                    : graded.description() + " over " + graded.transport().description();
            return new LabResult(lab.number(), lab.title(), description, partial(lab, selection, results), results);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the transport of " + lab.title() + ": " + e.getMessage(), e);
        }
    }

    /** What a partial run covered, for the reports: empty when every check of the selection's suites ran. */
    private static String partial(Lab lab, Selection selection, List<CheckResult> results) {
        if (!selection.isPartial()) {
            return "";
        }
        String which = selection.names().isEmpty() ? "whose name contains \"" + selection.nameContains() + "\""
                : "named " + selection.names().stream().sorted().map(name -> "\"" + name + "\"").toList();
        return "only the checks " + which + " (" + results.size()
                + " of the " + lab.points().checks().size() + " checks of " + lab.title() + ")";
    }

    /** Where each check comes in {@code points}, by suite and name: the order of a whole run. */
    private static ToIntFunction<CheckResult> inLabOrder(PointsTable points) {
        List<String> order = points.checks().stream()
                .map(check -> check.suite().getSimpleName() + "." + check.name()).toList();
        return result -> order.indexOf(result.suite() + "." + result.name());
    }

    /** Runs the checks of {@code selection} whose name {@code also} accepts. */
    private static List<CheckResult> run(Selection selection, PointsTable points, Target target, long seed,
                                         CheckListener listener, Predicate<String> also) {
        Launcher launcher = LauncherFactory.create();
        List<CheckResult> results = new ArrayList<>();
        // Prunes the checks the selection leaves out; a suite left with none is not run at all.
        PostDiscoveryFilter byName = descriptor -> FilterResult.includedIf(!descriptor.isTest()
                || selection.selects(descriptor.getDisplayName()) && also.test(descriptor.getDisplayName()));
        for (Class<?> suite : selection.suites()) {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(suite))
                    .filters(byName)
                    .configurationParameters(RunParameters.of(target, seed))
                    // The kit's settings only: nothing on the classpath may change how checks run.
                    .enableImplicitConfigurationParameters(false)
                    .build();
            ResultCollector collector = new ResultCollector(points, listener);
            launcher.execute(request, collector);
            results.addAll(collector.results());
        }
        return results;
    }
}
