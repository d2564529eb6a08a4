package dev.chatlab.grader.sandbox;

import picocli.CommandLine.Option;

/**
 * The options of {@code grade} that say how a submission's code runs: {@code --sandbox process} (the default:
 * a {@link ProcessSandbox} with {@link ProcessLimits#DEFAULT}), {@code docker} (a container per submission, for
 * {@code --submissions} only) or {@code none}, and {@code --image}, the container's image. A picocli mixin;
 * picocli fills it before the command runs, and the answers below never block.
 */
public final class SandboxOptions {

    /** The values of --sandbox. */
    public enum Mode { process, docker, none }

    @Option(names = "--sandbox", paramLabel = "MODE", defaultValue = "process",
            description = "How a submission's code runs: process (limits, own folder and environment), docker "
                    + "(a locked-down container per submission; --submissions only), or none (default: ${DEFAULT-VALUE}).")
    private Mode sandbox;

    @Option(names = "--image", paramLabel = "IMAGE", defaultValue = "maven:3.9-eclipse-temurin-21",
            description = "With --sandbox docker: the image, a JDK 21+ with Maven (default: ${DEFAULT-VALUE}).")
    private String image;

    /** The mode --sandbox chose. */
    public Mode mode() {
        return sandbox;
    }

    /** The sandbox of a grading's processes: limited with {@code --sandbox process}, else none. */
    public ProcessSandbox processes() {
        return sandbox == Mode.process ? ProcessSandbox.limited(ProcessLimits.DEFAULT) : ProcessSandbox.NONE;
    }

    /** True unless {@code --sandbox none}: a container's grading sandboxes its processes too. */
    public boolean sandboxed() {
        return sandbox != Mode.none;
    }

    /** The image of a container per submission with {@code --sandbox docker}; null otherwise. */
    public String dockerImage() {
        return sandbox == Mode.docker ? image : null;
    }
}
