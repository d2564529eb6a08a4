package dev.chatlab.grader;

import dev.chatlab.grader.platform.GradescopeAutograder;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gradescope}: writes a Gradescope autograder zip that grades one lab. */
@Command(name = "gradescope", mixinStandardHelpOptions = true,
        description = "Write a Gradescope autograder (setup.sh, run_autograder, the grader, the starter kit) for a lab.")
final class GradescopeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lab", paramLabel = "N", required = true, description = "The lab the autograder grades.")
    private int lab;

    @Option(names = "--out", paramLabel = "ZIP", defaultValue = "autograder.zip",
            description = "The zip to write (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--kit", paramLabel = "DIR", hidden = true,
            description = "The kit to package (default: the grader's own).")
    private Path kitRoot;

    @Override
    public Integer call() throws Exception {
        Lab chosen = Lab.byNumber(lab).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "The grader has no suite for lab " + lab + "; it grades labs "
                        + Arrays.stream(Lab.values()).map(Lab::number).toList()));
        Kit kit = kitRoot != null ? new Kit(kitRoot) : Kit.ofThisGrader();
        GradescopeAutograder.write(kit, chosen, out);
        spec.commandLine().getOut().println("wrote " + out + ": upload it as the assignment's autograder "
                + "(Gradescope: Configure Autograder, zip file upload); it grades " + chosen.title());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
