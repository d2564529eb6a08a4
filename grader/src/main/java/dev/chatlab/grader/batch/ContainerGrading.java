package dev.chatlab.grader.batch;

import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.Capability;
import dev.chatlab.grader.GraderMain;
import dev.chatlab.grader.run.Kit;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A submission graded in a container ({@code --sandbox docker}), through Testcontainers: the grader runs there
 * with the student's build and processes, so that they all share the container's loopback and nothing else. The
 * container has no network ({@code none}: loopback only), at most 2 GiB of memory, 2 CPUs and 512 processes, no
 * capability, no new privileges, a read-only root, and writable only: the submission's copy, its report folder
 * and a temporary {@code /tmp}. The grader's code, the instructor's kit and the local Maven repository are
 * mounted read-only at their own paths; Maven builds offline from that repository into one in {@code /tmp}.
 *
 * @param kit   the instructor's kit
 * @param image a JDK 21+ image with Maven, e.g. {@code maven:3.9-eclipse-temurin-21}
 */
record ContainerGrading(Kit kit, String image) implements Isolation {

    private static final long MEMORY = 2L * 1024 * 1024 * 1024;
    private static final long CPUS = 2;
    private static final long PROCESSES = 512;

    ContainerGrading {
        Objects.requireNonNull(kit, "kit");
        Objects.requireNonNull(image, "image");
    }

    /** True if a Docker engine answers; Testcontainers looks where the docker CLI would. */
    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @Override
    public Ended grade(Path submission, Path work, Path reports, List<String> arguments, Duration timeout)
            throws IOException {
        Files.createDirectories(reports);
        List<String> command = new ArrayList<>(List.of("java", "-Xmx768m", "-Dchatlab.kit=" + kit.root(),
                "-Dchatlab.tty=false", "-Djava.io.tmpdir=/tmp", "-cp", System.getProperty("java.class.path"),
                GraderMain.class.getName(), "grade", "--submission", "/work/submission", "--out", "/work/reports"));
        command.addAll(arguments);
        try (GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                container.withFileSystemBind(entry, entry, BindMode.READ_ONLY);
            }
            container.withFileSystemBind(kit.root().toString(), kit.root().toString(), BindMode.READ_ONLY)
                    .withFileSystemBind(submission.toString(), "/work/submission", BindMode.READ_WRITE)
                    .withFileSystemBind(reports.toAbsolutePath().toString(), "/work/reports", BindMode.READ_WRITE);
            Path repository = Path.of(System.getProperty("user.home"), ".m2", "repository");
            if (Files.isDirectory(repository)) {
                container.withFileSystemBind(repository.toString(), "/m2", BindMode.READ_ONLY);
            }
            container.withTmpFs(Map.of("/tmp", "rw,exec,size=2g"))
                    .withEnv(Map.of("HOME", "/tmp", "MAVEN_ARGS",
                            "-Dmaven.repo.local=/tmp/m2 -Dmaven.repo.local.tail=/m2"))
                    .withNetworkMode("none")
                    .withCreateContainerCmdModifier(create -> create.getHostConfig()
                            .withMemory(MEMORY).withMemorySwap(MEMORY).withNanoCPUs(CPUS * 1_000_000_000L)
                            .withPidsLimit(PROCESSES).withCapDrop(Capability.values()).withReadonlyRootfs(true)
                            .withSecurityOpts(List.of("no-new-privileges")))
                    .withCommand(command.toArray(String[]::new));
            container.start();
            Integer status;
            try {
                status = container.getDockerClient().waitContainerCmd(container.getContainerId())
                        .exec(new WaitContainerResultCallback())
                        .awaitStatusCode(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException timedOut) {
                status = null;
            }
            Files.writeString(reports.resolve("grading.log"), container.getLogs(), StandardCharsets.UTF_8);
            return status == null ? new Ended(true, -1) : new Ended(false, status);
        } // closing the container removes it, and every process in it
    }
}
