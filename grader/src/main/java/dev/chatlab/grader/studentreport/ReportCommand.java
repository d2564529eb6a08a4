package dev.chatlab.grader.studentreport;

import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.studentreport.BenchResults.BenchResult;
import dev.chatlab.grader.studentreport.GraderScores.LabGrade;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code report}: assembles a technical report skeleton from this checkout's own measurements, the grader's
 * results and bench's results, with the kit's diagrams and the handouts' comparison tables, into
 * {@code --out}: {@code report.md} ({@code informe.md} in Spanish) and {@code images/}. What it did not find goes to stderr, one line each,
 * and into the skeleton as a note naming the command that produces it. Exit codes: 0 written; 1 a results
 * file or the folder could not be read or written (the message names the file); 2 bad usage, or an output
 * folder that is not empty and not an unedited earlier report (without {@code --force}).
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a report skeleton (Markdown and images) from this checkout's grader and bench results.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the skeleton was written (what was missing is listed on stderr)",
            "1:a results file or the output folder could not be read or written", "2:bad usage"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for report.md (informe.md in Spanish) and images/: new, empty, or an earlier "
                    + "unedited skeleton.")
    private Path out;

    @Option(names = "--lang", paramLabel = "en|es",
            description = "The skeleton's language (default: es if the locale is Spanish, else en).")
    private String lang;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = ".",
            description = "Where grade's chatlab-report/ and bench's bench-results/ are (default: the current folder).")
    private Path results;

    @Option(names = "--grades", paramLabel = "DIR",
            description = "The grader's report folder, if not RESULTS/chatlab-report (its results.json and those "
                    + "of its subfolders are read).")
    private Path grades;

    @Option(names = "--bench", paramLabel = "DIR",
            description = "Bench's results folder, if not RESULTS/bench-results.")
    private Path bench;

    @Option(names = "--force",
            description = "Write into a folder that is not empty, or over an edited report.")
    private boolean force;

    @Option(names = "--kit", paramLabel = "DIR", hidden = true,
            description = "The kit whose docs/ the diagrams and tables come from (default: the grader's own).")
    private Path kitRoot;

    @Override
    public Integer call() {
        PrintWriter stderr = spec.commandLine().getErr();
        ReportLanguage language;
        try {
            language = lang != null ? ReportLanguage.of(lang) : ReportLanguage.ofLocale(Locale.getDefault());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Kit kit = kitRoot != null ? new Kit(kitRoot) : Kit.ofThisGrader();
        Path gradesFolder = grades != null ? grades : results.resolve("chatlab-report").normalize();
        Path benchFolder = bench != null ? bench : results.resolve("bench-results").normalize();
        SkeletonFolder folder;
        try {
            folder = SkeletonFolder.open(out, force);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            return failed(e);
        }
        try {
            List<LabGrade> labs = GraderScores.read(gradesFolder);
            List<Path> otherJson = new ArrayList<>();
            List<BenchResult> benchResults = BenchResults.read(benchFolder, otherJson);
            HandoutExcerpts handouts = new HandoutExcerpts(kit.root().resolve("docs"));
            List<Lab> ungraded = labs.isEmpty() ? List.of() : Arrays.stream(Lab.values()).filter(kit::has)
                    .filter(lab -> labs.stream().noneMatch(grade -> grade.title().equals(lab.title()))).toList();
            List<String> attackers = handouts.table(ReportSkeleton.THREATS_FILE, ReportSkeleton.THREATS_HEADING)
                    .stream().skip(2).map(row -> row.split("\\|")[1].replace("*", "").strip()).toList();
            MarkdownPage page = new MarkdownPage(language);
            otherJson.forEach(file -> page.notFound("left out " + file + ": not a result written by ./chatlab bench"));
            ResultTables tables = new ResultTables(page, new ResultTables.Measurements(labs, gradesFolder.toString(),
                    ungraded, benchResults, benchFolder.toString(), attackers));
            new ReportSkeleton(page, handouts).write(tables);
            List<Path> written = folder.write(language.text("report.file"), page.toString(),
                    benchResults.stream().flatMap(result -> result.plots().stream()).toList());
            page.notFound().forEach(note -> stderr.println("report: " + note));
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("wrote " + written.getFirst() + " (" + language.name().toLowerCase(Locale.ROOT)
                    + "; labs graded: " + labs.size() + ", bench results: " + benchResults.size() + ", images: "
                    + (written.size() - 1) + "); `grep -n '\\[\\[' " + written.getFirst()
                    + "` lists what is left to write");
            stdout.flush();
            stderr.flush();
            return 0;
        } catch (IOException e) {
            return failed(e);
        }
    }

    /** Reports a file that could not be read or written: exit 1, one {@code error:} line naming it. */
    private int failed(IOException e) {
        PrintWriter stderr = spec.commandLine().getErr();
        stderr.println("error: " + e.getMessage());
        stderr.flush();
        return 1;
    }
}
