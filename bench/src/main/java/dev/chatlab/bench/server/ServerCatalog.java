package dev.chatlab.bench.server;

import dev.chatlab.bench.load.RunFailedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Turns what the user named into a {@link ServerSpec}: {@code lab02} is the kit's reference jar,
 * {@code lab03} and {@code lab04} the kit's TLS servers (open room: no {@code --users}, so any nick may say
 * hello; the kit CA; {@code --max-connections}, {@code --message-rate} and {@code --message-burst} raised so
 * that the abuse limits cap neither a scenario's clients nor its messages), {@code python} and {@code netty} are the baselines in {@code baselines} (a copy of the Netty one
 * is built with Maven under {@code bench/target/baselines} when its jar is missing), and anything else is a
 * command.
 */
public final class ServerCatalog {

    /** The named servers whose clients speak TLS. */
    public static final Set<String> TLS_SERVERS = Set.of("lab03", "lab04");

    private static final long BUILD_TIMEOUT_MINUTES = 10;
    private static final String TLS_LAB_OPTIONS =
            " server --port 0 --max-connections 1000000 --message-rate 1000000 --message-burst 1000000";

    private final Path kit;
    private final Path baselines;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** A catalog for the kit at {@code kit}, with the baseline servers in {@code baselines}. */
    public ServerCatalog(Path kit, Path baselines) {
        this.kit = Objects.requireNonNull(kit, "kit").toAbsolutePath().normalize();
        this.baselines = Objects.requireNonNull(baselines, "baselines").toAbsolutePath().normalize();
    }

    /**
     * The server {@code nameOrCommand} stands for; {@code position} (from 1) labels a raw command, whose
     * clients speak TLS if {@code commandTls} (named servers choose their own transport).
     *
     * @throws RunFailedException if a named server's files are missing and cannot be built
     */
    public ServerSpec resolve(String nameOrCommand, int position, boolean commandTls) {
        return switch (nameOrCommand.trim()) {
            case "lab02" -> new ServerSpec("lab02", quote(java) + " -jar " + quote(labJar("lab02-multiclient"))
                    + " server --port 0");
            case "lab03" -> new ServerSpec("lab03", quote(java) + " -jar " + quote(labJar("lab03-secure"))
                    + TLS_LAB_OPTIONS, true);
            case "lab04" -> new ServerSpec("lab04", quote(java) + " -jar " + quote(labJar("lab04-reconnect"))
                    + TLS_LAB_OPTIONS, true);
            case "python" -> new ServerSpec("python", "python3 " + quote(baseline("python_selectors_chat.py")
                    .toString()) + " --port 0");
            case "netty" -> new ServerSpec("netty", quote(java) + " -jar " + quote(nettyJar().toString())
                    + " --port 0");
            default -> new ServerSpec("server" + position, nameOrCommand, commandTls);
        };
    }

    /** The runnable jar of the lab {@code module} (e.g. {@code lab03-secure}), which must have been built. */
    private String labJar(String module) {
        Path jar = kit.resolve(module + "/target/" + module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new RunFailedException("the " + module.substring(0, 5) + " jar is missing: " + jar
                    + "; build it with `./chatlab build`");
        }
        return jar.toString();
    }

    private Path baseline(String name) {
        Path file = baselines.resolve(name);
        if (!Files.exists(file)) {
            throw new RunFailedException("the baseline " + file + " is missing; point --baselines at the folder"
                    + " that holds python_selectors_chat.py and netty-chat/");
        }
        return file;
    }

    /** The Netty baseline's jar: built in place already, or built now from a copy under bench/target. */
    private Path nettyJar() {
        Path source = baseline("netty-chat");
        Path inPlace = source.resolve("target/netty-chat.jar");
        if (Files.isRegularFile(inPlace)) {
            return inPlace;
        }
        Path copy = kit.resolve("bench/target/baselines/netty-chat");
        Path built = copy.resolve("target/netty-chat.jar");
        if (Files.isRegularFile(built)) {
            return built;
        }
        String advice = "build it with `mvn -q -f " + source.resolve("pom.xml") + " package`";
        try {
            copyTree(source, copy);
            Process maven = new ProcessBuilder("mvn", "-q", "-B", "-f", copy.resolve("pom.xml").toString(), "package")
                    .redirectErrorStream(true).redirectOutput(copy.resolve("build.log").toFile()).start();
            if (!maven.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                maven.destroyForcibly();
                throw new RunFailedException("building the Netty baseline took over " + BUILD_TIMEOUT_MINUTES
                        + " minutes; " + advice);
            }
            if (maven.exitValue() != 0 || !Files.isRegularFile(built)) {
                throw new RunFailedException("building the Netty baseline failed (see " + copy.resolve("build.log")
                        + "); " + advice);
            }
            return built;
        } catch (IOException | UncheckedIOException e) {
            throw new RunFailedException("cannot build the Netty baseline (" + e.getMessage() + "); " + advice, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunFailedException("interrupted while building the Netty baseline; " + advice, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(path -> !from.relativize(path).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** {@code value} as one single-quoted word for {@code sh}. */
    private static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
