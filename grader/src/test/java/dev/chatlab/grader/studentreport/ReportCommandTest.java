package dev.chatlab.grader.studentreport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.bench.network.NetworkPreset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code report} on checkouts written by the grader's and bench's own writers: the skeleton's sections, its
 * tables with the measured numbers, the copied plots, both languages, what it says when a measurement is
 * missing, and its errors. The diagrams and tables come from this kit's docs.
 */
class ReportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void a_measured_checkout_gives_every_section_with_its_own_scores_tables_and_plots(@TempDir Path checkout)
            throws Exception {
        MeasuredCheckout.write(checkout);
        Path report = checkout.resolve("r");

        int status = report("--out", report.toString(), "--results", checkout.toString(), "--lang", "en");

        assertThat(status).as(err.toString()).isZero();
        String markdown = Files.readString(report.resolve("report.md"));
        assertThat(headings(markdown)).containsSubsequence("## 1. Introduction", "## 2. Objectives",
                "## 3. Theoretical framework", "### 3.1 Thread models (lab02)", "### 3.2 Threat model (lab03)",
                "## 4. Development", "### 4.1 Architecture", "### 4.2 Protocol", "## 5. Results",
                "### 5.2 Grader scorecard", "### 5.3 Performance (lab02)", "## 6. Conclusions",
                "## 7. Recommendations", "## 8. Bibliography", "## Appendices");
        assertThat(markdown)
                .contains("| lab01 echo | 14/20 | 4242 | " + MeasuredCheckout.FAILED_CHECK + " |")
                .contains("| lab02 multi-client chat | 100/100 | 4243 | none |")
                .contains("- `" + MeasuredCheckout.FAILED_CHECK + "`: " + MeasuredCheckout.FAILED_REASON + "\n")
                .contains("- lab01 echo: `./chatlab grade --lab 1 --seed 4242 --out "
                        + checkout.resolve("chatlab-report") + "`\n")
                .contains("- lab02 multi-client chat: `./chatlab grade --lab 2 --seed 4243 --out "
                        + checkout.resolve("chatlab-report/lab02") + "`\n")
                .contains("| lab02 | 2 | 50 | 1,000 | 2.22 | 5.47 | " + MeasuredCheckout.LAB02_ROUND2_P99 + " |")
                .contains("| python | 1 | 50 | 1,000 | 1.50 | 19.20 | 113.00 | "
                        + MeasuredCheckout.PYTHON_ROUND1_P999 + " |")
                .contains("| python | 2 | 1,000 | 1.38 | 68.75 | 0.42 | 50 | 1.01 | 1.25 | 1.00 |")
                .contains("./chatlab bench --preset latency --clients 20 --senders 2 --rate 50 --duration 2s "
                        + "--warmup 1s --message-size 64 --window 16 --compare lab02 python --rounds 2 --out ")
                .contains("![End-to-end latency by percentile (x axis in nines: 1 = p90, 2 = p99, 3 = p99.9), one "
                        + "line per server and round](images/" + MeasuredCheckout.BENCH_STEM + "-latency.png)")
                .contains("](images/" + MeasuredCheckout.BENCH_STEM + "-latency.png)")
                .contains("](images/" + MeasuredCheckout.BENCH_STEM + "-throughput.png)")
                .contains("| **virtual thread per client** (this lab) |")
                .contains("| **eavesdropper** |")
                .contains("[1] W. Eddy, Ed., \"Transmission Control Protocol (TCP),\"")
                .contains("### ChatLab grade: 14/20", "### ChatLab grade: 100/100")
                .doesNotContain("Not measured yet. No grader results", "Not measured yet. No bench results");
        assertThat(markdown.split("```mermaid", -1)).hasSize(8);
        assertThat(markdown).contains("participant A as ana", "stateDiagram-v2", "ClientHello");
        List<String> lines = markdown.lines().toList();
        List<String> afterComments = new ArrayList<>();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("<!-- WRITE: ")) {
                afterComments.add(lines.get(i + 1));
            }
        }
        assertThat(afterComments).hasSizeGreaterThan(15).allMatch(line -> line.startsWith("[[WRITE: "));
        for (String plot : List.of("-latency.png", "-throughput.png")) {
            Path source = checkout.resolve("bench-results").resolve(MeasuredCheckout.BENCH_STEM + plot);
            assertThat(report.resolve("images").resolve(MeasuredCheckout.BENCH_STEM + plot)).hasSameBinaryContentAs(source);
        }
        assertThat(out.toString()).contains("report.md (en; labs graded: 2, bench results: 1, images: 2)");
    }

    @Test
    void a_bench_result_measured_over_a_network_preset_names_it_and_repeats_it_in_its_command(@TempDir Path checkout)
            throws Exception {
        MeasuredCheckout.writeBench(checkout.resolve("bench-results"), NetworkPreset.WIFI);

        int status = report("--out", checkout.resolve("r").toString(), "--results", checkout.toString(), "--lang", "en");

        assertThat(status).as(err.toString()).isZero();
        assertThat(Files.readString(checkout.resolve("r").resolve("report.md")))
                .contains("Network: wifi. Every connection went through the kit's relay (`--net wifi`), so the"
                        + " latencies include its delay.")
                .contains("--message-size 64 --window 16 --net wifi --compare lab02 python --rounds 2 --out ");
    }

    @Test
    void labs_of_the_checkout_that_no_results_file_holds_are_named_with_the_command_that_grades_them(
            @TempDir Path checkout) throws Exception {
        MeasuredCheckout.write(checkout);

        int status = english("--out", checkout.resolve("r").toString(), "--results", checkout.toString());

        assertThat(status).isZero();
        String grades = checkout.resolve("chatlab-report").toString();
        assertThat(Files.readString(checkout.resolve("r/report.md")))
                .contains("lab03 secure chat is in this checkout but in none of these results. Run `./chatlab grade "
                        + "--lab 3 --out " + grades + "/lab03`");
        assertThat(err.toString()).contains("report: no grader results for lab03 secure chat in " + grades
                + ": run `./chatlab grade --lab 3 --out " + grades + "/lab03`");
    }

    @Test
    void the_spanish_skeleton_has_the_template_sections_in_spanish_with_the_same_figures(@TempDir Path checkout)
            throws Exception {
        MeasuredCheckout.write(checkout);

        int status = report("--out", checkout.resolve("informe").toString(), "--results", checkout.toString(),
                "--lang", "es");

        assertThat(status).as(err.toString()).isZero();
        assertThat(checkout.resolve("informe/report.md")).doesNotExist();
        String markdown = Files.readString(checkout.resolve("informe/informe.md"));
        assertThat(headings(markdown)).containsSubsequence("## 1. Introducción", "## 2. Objetivos",
                "## 3. Marco teórico", "## 4. Desarrollo", "## 5. Resultados", "### 5.2 Resultado del calificador",
                "## 6. Conclusiones", "## 7. Recomendaciones", "## 8. Bibliografía", "## Anexos");
        assertThat(markdown).contains("[[ESCRIBIR: introducción]]", "*Tabla 1:", "*Figura 1:")
                .contains("| lab01 echo | 14/20 | 4242 | " + MeasuredCheckout.FAILED_CHECK + " |")
                .contains(MeasuredCheckout.LAB02_ROUND2_P99, MeasuredCheckout.PYTHON_ROUND1_P999)
                .contains("[1] W. Eddy, Ed., \"Transmission Control Protocol (TCP),\" IETF, RFC 9293, ago. 2022")
                .doesNotContain("## 1. Introduction", "[[WRITE:");
    }

    @Test
    void the_language_follows_the_locale_when_not_given(@TempDir Path checkout) throws Exception {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("es", "CO"));
            assertThat(report("--out", checkout.resolve("r").toString(), "--results", checkout.toString())).isZero();
        } finally {
            Locale.setDefault(before);
        }
        assertThat(Files.readString(checkout.resolve("r/informe.md"))).contains("## 1. Introducción");
    }

    @Test
    void a_checkout_without_results_says_which_command_produces_each_and_invents_no_figure(@TempDir Path checkout)
            throws Exception {
        int status = english("--out", checkout.resolve("r").toString(), "--results", checkout.toString());

        assertThat(status).as(err.toString()).isZero();
        String grades = checkout.resolve("chatlab-report").toString();
        String bench = checkout.resolve("bench-results").toString();
        String markdown = Files.readString(checkout.resolve("r/report.md"));
        assertThat(markdown)
                .contains("**Not measured yet.** No grader results in `" + grades + "`.")
                .contains("> ./chatlab grade --lab all --out " + grades + "\n")
                .contains("**Not measured yet.** No bench results in `" + bench + "`.")
                .contains("> ./chatlab bench --preset latency --compare lab02 python --rounds 2 --out " + bench + "\n")
                .doesNotContain("| lab01 echo |", "p50 ms", "![");
        assertThat(err.toString())
                .contains("report: no grader results in " + grades + " (looked for " + grades + "/results.json and "
                        + grades + "/*/results.json): run `./chatlab grade --lab all --out " + grades + "`")
                .contains("report: no bench results in " + bench);
        try (var images = Files.list(checkout.resolve("r/images"))) {
            assertThat(images).isEmpty();
        }
    }

    @Test
    void a_kit_without_its_handouts_leaves_the_diagrams_out_and_says_which_are_missing(@TempDir Path checkout)
            throws Exception {
        int status = report("--out", checkout.resolve("r").toString(), "--results", checkout.toString(),
                "--kit", checkout.toString(), "--lang", "en");

        assertThat(status).isZero();
        assertThat(Files.readString(checkout.resolve("r/report.md"))).doesNotContain("```mermaid")
                .contains("the kit's handout no longer has it: `docs/architecture.md: no Mermaid diagram under "
                        + "\"Architecture of the kit\" (the file is missing)`");
        assertThat(err.toString()).contains("report: docs/lab02.md: no table under \"From iterative to concurrent\"");
    }

    @Test
    void a_folder_with_other_files_is_refused_with_exit_2_unless_forced(@TempDir Path checkout) throws Exception {
        Path folder = Files.createDirectories(checkout.resolve("notes"));
        Files.writeString(folder.resolve("ideas.txt"), "mine");

        assertThat(english("--out", folder.toString(), "--results", checkout.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(folder + " is not empty and holds no report written by `chatlab report`");
        assertThat(folder.resolve("report.md")).doesNotExist();

        assertThat(english("--out", folder.toString(), "--results", checkout.toString(), "--force")).isZero();
        assertThat(folder.resolve("report.md")).exists();
        assertThat(folder.resolve("ideas.txt")).hasContent("mine");
    }

    @Test
    void an_earlier_skeleton_is_written_again_but_one_with_the_students_words_is_kept(@TempDir Path checkout)
            throws Exception {
        Path folder = checkout.resolve("r");
        assertThat(english("--out", folder.toString(), "--results", checkout.toString())).isZero();
        MeasuredCheckout.write(checkout);
        assertThat(english("--out", folder.toString(), "--results", checkout.toString())).isZero();
        assertThat(folder.resolve("report.md")).content().contains("| lab01 echo | 14/20 |");

        assertThat(report("--out", folder.toString(), "--results", checkout.toString(), "--lang", "es")).isZero();
        assertThat(folder.resolve("report.md")).doesNotExist();
        assertThat(report("--out", folder.toString(), "--results", checkout.toString(), "--lang", "en")).isZero();
        assertThat(folder.resolve("informe.md")).doesNotExist();
        try (var images = Files.list(folder.resolve("images"))) {
            assertThat(images).hasSize(2);
        }

        Files.writeString(folder.resolve("report.md"), "# My report\n");
        assertThat(english("--out", folder.toString(), "--results", checkout.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(folder.resolve("report.md") + " was edited after `chatlab report` wrote it");
        assertThat(folder.resolve("report.md")).hasContent("# My report");
    }

    @Test
    void an_output_path_that_is_a_file_is_a_usage_error(@TempDir Path checkout) throws Exception {
        Path file = Files.writeString(checkout.resolve("report.md"), "x");

        assertThat(english("--out", file.toString(), "--results", checkout.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out must be a folder, and " + file + " is a file");
    }

    @Test
    void an_unreadable_grader_results_file_is_an_error_that_names_it(@TempDir Path checkout) throws Exception {
        Path results = Files.createDirectories(checkout.resolve("chatlab-report")).resolve("results.json");
        Files.writeString(results, "{\"score\": 10, \"tests\": [");

        assertThat(english("--out", checkout.resolve("r").toString(), "--results", checkout.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: Cannot read the grader's results " + results + ": ");
        assertThat(checkout.resolve("r/report.md")).doesNotExist();
    }

    @Test
    void a_results_file_of_another_shape_is_an_error_that_names_it(@TempDir Path checkout) throws Exception {
        Path results = Files.createDirectories(checkout.resolve("chatlab-report")).resolve("results.json");
        Files.writeString(results, "{\"tests\": [{\"name\": \"lab01 echo: echoes\", \"score\": 1}]}");

        assertThat(english("--out", checkout.resolve("r").toString(), "--results", checkout.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("error: Not the grader's results.json: " + results
                + " (no field \"max_score\")");
    }

    @Test
    void an_unreadable_bench_result_is_an_error_that_names_it(@TempDir Path checkout) throws Exception {
        Path broken = Files.createDirectories(checkout.resolve("bench-results")).resolve("latency-single-1.json");
        Files.write(broken, new byte[] {'{', (byte) 0xff, '}'});

        assertThat(english("--out", checkout.resolve("r").toString(), "--results", checkout.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: Cannot read the bench result " + broken + ": ");
    }

    @Test
    void a_language_other_than_en_or_es_is_a_usage_error(@TempDir Path checkout) {
        assertThat(report("--out", checkout.resolve("r").toString(), "--lang", "fr")).isEqualTo(2);
        assertThat(err.toString()).contains("--lang takes en or es, not: fr");
    }

    /** {@link #report} in English, whatever the JVM's locale. */
    private int english(String... arguments) {
        String[] withLanguage = Arrays.copyOf(arguments, arguments.length + 2);
        withLanguage[arguments.length] = "--lang";
        withLanguage[arguments.length + 1] = "en";
        return report(withLanguage);
    }

    private int report(String... arguments) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = new CommandLine(new ReportCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }

    private static List<String> headings(String markdown) {
        List<String> headings = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.lines().toList()) {
            fenced ^= line.startsWith("```");
            if (!fenced && line.startsWith("#")) {
                headings.add(line);
            }
        }
        return headings;
    }

}
