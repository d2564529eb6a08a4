package dev.chatlab.grader;

import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Targets for the grader's own tests: a lab's reference jar, and deliberately broken programs from the test
 * classes, each standing in for the server or the client of the reference.
 */
public final class Targets {

    private Targets() {
    }

    /** The kit's reference jar of {@code lab}; it must have been built (the reactor builds labs first). */
    public static Target reference(Lab lab) {
        Kit kit = Kit.ofThisGrader();
        Path jar = kit.jar(lab);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build the kit first (mvn package)");
        }
        return kit.target(lab, "reference " + lab.module());
    }

    /** The reference of {@code lab}, but with the server replaced by {@code brokenServer}'s main method. */
    public static Target withBrokenServer(Lab lab, Class<?> brokenServer) {
        Target reference = reference(lab);
        return new Target(brokenServer.getSimpleName(), command(brokenServer, "server"), reference.clientCommand(),
                reference.labCommand(), reference.transport());
    }

    /** The reference of {@code lab}, but with the client replaced by {@code brokenClient}'s main method. */
    public static Target withBrokenClient(Lab lab, Class<?> brokenClient) {
        Target reference = reference(lab);
        return new Target(brokenClient.getSimpleName(), reference.serverCommand(), command(brokenClient, "client"),
                reference.labCommand(), reference.transport());
    }

    /**
     * The reference of {@code lab}, but with the server and the lab's other subcommands ({@code users}) replaced
     * by {@code brokenLab}'s main method, which gets the subcommand as its first argument.
     */
    public static Target withBrokenServerAndTools(Lab lab, Class<?> brokenLab) {
        Target reference = reference(lab);
        return new Target(brokenLab.getSimpleName(), command(brokenLab, "server"), reference.clientCommand(),
                command(brokenLab), reference.transport());
    }

    /**
     * {@code java -Xmx192m -cp <this test classpath> <main> <arguments>}: runs a test class as a process under
     * test. The heap is capped because the slow-consumer check bounds the server's resident memory growth (256
     * MiB): a JVM's default heap scales with the machine's memory, and a stand-in's garbage alone (over TLS)
     * once filled 269 MiB of it before a collection.
     */
    private static List<String> command(Class<?> main, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Kit.javaExecutable(), "-Xmx192m", "-cp",
                System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(arguments));
        return command;
    }
}
