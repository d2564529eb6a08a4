package dev.chatlab.grader.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.PointsTable;
import dev.chatlab.grader.starter.StarterKitExporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A lab's checkpoint data fits its lab, and its handout shows what the data says. The data names every solution
 * region of the module once, every check the lab shows students once, and test classes the module has. The handout's
 * checkpoint blocks are the data rendered ({@link CheckpointBlocks}); when they differ, the failure prints the
 * command that renders them again, which is this test with {@value #WRITE} set.
 */
class HandoutCheckpointsTest {

    private static final String WRITE = "chatlab.checkpoints.write";
    private static final String FIX = "mvn -q -B -pl grader -am test -Dtest=HandoutCheckpointsTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE + "=true";
    private static final Kit KIT = CheckpointsProvenTest.KIT;

    static Stream<Lab> labsWithCheckpoints() {
        return CheckpointsProvenTest.labsWithCheckpoints();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labsWithCheckpoints")
    void the_data_names_every_region_of_the_module_once_and_only_checks_and_tests_it_has(Lab lab,
            @TempDir Path sources) throws Exception {
        Checkpoints data = Checkpoints.read(Checkpoints.file(KIT, lab));
        List<String> regions = StarterKitExporter.exportSources(KIT, lab, task -> false, sources).stream()
                .map(fileAndTask -> fileAndTask.substring(fileAndTask.indexOf(": ") + 2)).toList();
        List<String> named = data.tasks().stream().flatMap(task -> task.regions().stream()).toList();
        assertThat(named).as("the regions the data names, against those of " + lab.module())
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(regions);

        List<String> checks = data.passingAt(data.tasks().size());
        assertThat(checks).as("the checks the data names, against those of " + lab.title()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(lab.points().checks().stream()
                        .filter(check -> !check.method().getAnnotation(Check.class).hidden())
                        .map(PointsTable.ScoredCheck::name).toList());
        assertThat(data.lab()).isEqualTo(lab.number());

        List<String> missing = new ArrayList<>();
        for (String test : data.tasks().stream().flatMap(task -> task.tests().stream()).toList()) {
            try (Stream<Path> files = Files.walk(KIT.root().resolve(lab.module()).resolve("src/test/java"))) {
                if (files.noneMatch(file -> file.getFileName().toString().equals(test + ".java"))) {
                    missing.add(test);
                }
            }
        }
        assertThat(missing).as("test classes the data names that " + lab.module() + " does not have").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labsWithCheckpoints")
    void the_handout_shows_the_checkpoints_of_its_data(Lab lab) throws Exception {
        Checkpoints data = Checkpoints.read(Checkpoints.file(KIT, lab));
        Path handout = KIT.root().resolve("docs").resolve(String.format("lab%02d.md", lab.number()));
        String text = Files.readString(handout, StandardCharsets.UTF_8);
        String rendered = CheckpointBlocks.update(text, lab, data);
        if (Boolean.getBoolean(WRITE) && !rendered.equals(text)) {
            Files.writeString(handout, rendered, StandardCharsets.UTF_8);
            text = rendered;
        }
        assertThat(text).as(handout + " shows checkpoints that differ from " + Checkpoints.file(KIT, lab)
                + "; render them again with:\n  " + FIX + "\n").isEqualTo(rendered);
    }
}
