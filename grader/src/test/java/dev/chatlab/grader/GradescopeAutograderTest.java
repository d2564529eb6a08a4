package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Gradescope autograder, in a dry run: its zip unpacked into a folder laid out as Gradescope's
 * ({@code autograder/source}, {@code submission}, {@code results}), {@code run_autograder} run with that folder as
 * its root, and the results.json it leaves checked against Gradescope's format.
 */
class GradescopeAutograderTest {

    private static final Set<String> VISIBILITIES = Set.of("hidden", "after_due_date", "after_published", "visible");

    @TempDir
    static Path zipFolder;
    private static Path zip;

    @BeforeAll
    static void writes_the_autograder() {
        zip = zipFolder.resolve("autograder.zip");
        StringWriter out = new StringWriter();
        CommandLine commandLine = GraderMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        assertThat(commandLine.execute("gradescope", "--lab", "1", "--out", zip.toString())).as(out.toString()).isZero();
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void a_good_submission_gets_every_point_in_a_valid_results_json(@TempDir Path root) throws Exception {
        Path autograder = unpack(root);
        SubmissionVariants.reference(autograder.resolve("submission"));

        JsonNode results = runAutograder(autograder);

        assertThat(results.get("score").asInt()).as(results.toString()).isEqualTo(100);
        assertThat(results.get("tests")).hasSize(19);
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void a_submission_that_does_not_build_gets_a_results_json_with_the_build_log(@TempDir Path root) throws Exception {
        Path autograder = unpack(root);
        Path server = autograder.resolve("submission").resolve(SubmissionVariants.ECHO_SERVER);
        Files.createDirectories(server.getParent());
        Files.writeString(server, "class EchoServer { this is not Java }\n"); // only the student's file, over the kit

        JsonNode results = runAutograder(autograder);

        assertThat(results.get("score").asInt()).isZero();
        assertThat(results.get("tests")).hasSize(1);
        assertThat(results.get("tests").get(0).get("output").asString())
                .contains("Building lab01-echo failed").contains("EchoServer.java");
    }

    /** Unpacks the autograder into {@code root}/autograder/source and makes the other folders; returns autograder/. */
    private static Path unpack(Path root) throws IOException {
        Path autograder = root.resolve("autograder");
        Path source = autograder.resolve("source");
        Files.createDirectories(autograder.resolve("submission"));
        Files.createDirectories(autograder.resolve("results"));
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = source.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        assertThat(source.resolve("setup.sh")).content().contains("apt-get install").contains("openjdk-21-jdk-headless");
        assertThat(source.resolve("kit").resolve(SubmissionVariants.ECHO_SERVER)).content()
                .contains("UnsupportedOperationException(\"TODO(lab01)");
        return autograder;
    }

    /** Runs run_autograder as Gradescope would, with {@code autograder} as its root; the results.json it left. */
    private static JsonNode runAutograder(Path autograder) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", autograder.resolve("source/run_autograder").toString()))
                .redirectErrorStream(true).redirectOutput(autograder.resolve("run.log").toFile());
        builder.environment().put("CHATLAB_AUTOGRADER_ROOT", autograder.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process run = builder.start();
        assertThat(run.waitFor(7, TimeUnit.MINUTES)).as("run_autograder finished in time").isTrue();
        assertThat(run.exitValue()).isZero();
        Path json = autograder.resolve("results").resolve("results.json");
        assertThat(json).as(Files.readString(autograder.resolve("run.log"))).exists();
        JsonNode results = JsonMapper.builder().build().readTree(json.toFile());
        assertThat(results.get("score").isNumber()).isTrue();
        for (JsonNode test : results.get("tests")) {
            assertThat(test.get("name").isString()).as(test.toString()).isTrue();
            assertThat(test.get("score").isNumber()).as(test.toString()).isTrue();
            assertThat(test.get("max_score").isNumber()).as(test.toString()).isTrue();
            assertThat(test.get("output").isString()).as(test.toString()).isTrue();
            assertThat(test.get("visibility").asString()).isIn(VISIBILITIES);
        }
        return results;
    }
}
