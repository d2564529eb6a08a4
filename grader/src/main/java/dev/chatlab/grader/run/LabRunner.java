package dev.chatlab.grader.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.chatlab.grader.check.RunParameters;
import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.LabResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Grades one lab: runs its suites, in order, through the JUnit Platform Launcher against a {@link Target}, one check
 * at a time, and collects a {@link LabResult}. Blocks until every check has ended.
 */
public final class LabRunner {

    private LabRunner() {
    }

    /** Runs every check of {@code lab} against {@code target}, drawing random data from {@code seed}. */
    public static LabResult grade(Lab lab, Target target, long seed) {
        Objects.requireNonNull(lab, "lab");
        return grade(lab, lab.suites(), target, seed);
    }

    /**
     * Runs only {@code suites}, some of {@code lab}'s, in the order given: for a target that concerns one part
     * of the lab, such as a deliberately broken server in the grader's own tests.
     */
    public static LabResult grade(Lab lab, List<Class<?>> suites, Target target, long seed) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(target, "target");
        if (!lab.suites().containsAll(suites)) {
            throw new IllegalArgumentException("Not all of " + suites + " grade " + lab.title());
        }
        Launcher launcher = LauncherFactory.create();
        List<CheckResult> results = new ArrayList<>();
        for (Class<?> suite : suites) {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(suite))
                    .configurationParameters(RunParameters.of(target, seed))
                    // The kit's settings only: nothing on the classpath may change how checks run.
                    .enableImplicitConfigurationParameters(false)
                    .build();
            ResultCollector collector = new ResultCollector();
            launcher.execute(request, collector);
            results.addAll(collector.results());
        }
        return new LabResult(lab.number(), lab.title(), target.description(), results);
    }
}
