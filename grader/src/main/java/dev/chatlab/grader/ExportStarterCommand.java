package dev.chatlab.grader;

import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.starter.StarterKitExporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export-starter}: writes the student version of the kit, with every solution region stubbed. */
@Command(name = "export-starter", mixinStandardHelpOptions = true,
        description = "Copy the kit for students: every solution region's body becomes a TODO that throws.")
final class ExportStarterCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where to write the starter kit; must not exist or be empty.")
    private Path out;

    @Option(names = "--kit", paramLabel = "DIR", hidden = true,
            description = "The kit to export (default: the grader's own).")
    private Path kitRoot;

    @Override
    public Integer call() throws Exception {
        Kit kit = kitRoot != null ? new Kit(kitRoot) : Kit.ofThisGrader();
        StarterKitExporter.Export export;
        try {
            export = StarterKitExporter.export(kit, out);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("exported " + export.files() + " files to " + out + "; tasks left for students:");
        export.tasks().forEach(task -> stdout.println("  " + task));
        if (!export.hiddenChecks().isEmpty()) {
            stdout.println("hidden checks left out of the starter kit's grader:");
            export.hiddenChecks().forEach(check -> stdout.println("  " + check));
        }
        stdout.flush();
        return 0;
    }
}
