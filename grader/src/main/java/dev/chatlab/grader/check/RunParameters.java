package dev.chatlab.grader.check;

import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.harness.Transport;
import dev.chatlab.grader.tls.Pki;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JUnit configuration parameters through which a grading run tells its suites what to grade: the
 * target's server and client commands, its lab command if it has one, its description, its transport (for TLS,
 * the folder of the run's certificates and the client certificate's name, if any), and the seed.
 */
public final class RunParameters {

    static final String TARGET = "chatlab.target";
    static final String SERVER_COMMAND = "chatlab.server-command";
    static final String CLIENT_COMMAND = "chatlab.client-command";
    static final String LAB_COMMAND = "chatlab.lab-command";
    static final String TRANSPORT = "chatlab.transport";
    static final String TLS_FOLDER = "chatlab.tls.folder";
    static final String TLS_CLIENT = "chatlab.tls.client";
    static final String SEED = "chatlab.seed";
    /** Joins a command's words into one parameter value: the ASCII unit separator, never typed in a command. */
    static final String SEPARATOR = "\u001f";

    private RunParameters() {
    }

    /** The configuration parameters for grading {@code target} with {@code seed}. */
    public static Map<String, String> of(Target target, long seed) {
        Map<String, String> parameters = new HashMap<>(Map.of(
                TARGET, target.description(),
                SERVER_COMMAND, String.join(SEPARATOR, target.serverCommand()),
                CLIENT_COMMAND, String.join(SEPARATOR, target.clientCommand()),
                SEED, Long.toString(seed)));
        if (!target.labCommand().isEmpty()) {
            parameters.put(LAB_COMMAND, String.join(SEPARATOR, target.labCommand()));
        }
        switch (target.transport()) {
            case Transport.Plain plain -> parameters.put(TRANSPORT, "plain");
            case Transport.Tls tls -> {
                parameters.put(TRANSPORT, "tls");
                parameters.put(TLS_FOLDER, tls.pki().folder().toString());
                tls.client().ifPresent(name -> parameters.put(TLS_CLIENT, name));
            }
            case Transport.KitCa kit -> {
                parameters.put(TRANSPORT, "kit");
                parameters.put(TLS_FOLDER, kit.home().toString());
            }
        }
        return Map.copyOf(parameters);
    }

    /** The target that {@link #of} encoded, read back through {@code parameter}. */
    static Target target(Function<String, Optional<String>> parameter) {
        List<String> labCommand = parameter.apply(LAB_COMMAND).filter(value -> !value.isEmpty())
                .map(value -> Arrays.asList(value.split(SEPARATOR))).orElse(List.of());
        return new Target(parameter.apply(TARGET).orElse("reference"), command(parameter, SERVER_COMMAND),
                command(parameter, CLIENT_COMMAND), labCommand, transport(parameter));
    }

    /** The seed that {@link #of} encoded, 0 if none. */
    static long seed(Function<String, Optional<String>> parameter) {
        return parameter.apply(SEED).map(Long::parseLong).orElse(0L);
    }

    private static Transport transport(Function<String, Optional<String>> parameter) {
        String kind = parameter.apply(TRANSPORT).orElse("plain");
        return switch (kind) {
            case "plain" -> Transport.plain();
            case "tls" -> {
                Transport.Tls tls = new Transport.Tls(new Pki(Path.of(required(parameter, TLS_FOLDER))),
                        Optional.empty());
                yield parameter.apply(TLS_CLIENT).map(tls::withClientCertificate).orElse(tls);
            }
            case "kit" -> new Transport.KitCa(Path.of(required(parameter, TLS_FOLDER)));
            default -> throw new IllegalStateException("Unknown transport in " + TRANSPORT + ": " + kind);
        };
    }

    private static List<String> command(Function<String, Optional<String>> parameter, String key) {
        return Arrays.asList(required(parameter, key).split(SEPARATOR));
    }

    private static String required(Function<String, Optional<String>> parameter, String key) {
        return parameter.apply(key).filter(value -> !value.isEmpty()).orElseThrow(() ->
                new IllegalStateException("The grading run has no " + key + " configuration parameter"));
    }
}
