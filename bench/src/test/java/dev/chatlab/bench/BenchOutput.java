package dev.chatlab.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the bench command line in this JVM: its exit code, stdout and stderr. */
record BenchOutput(int exitCode, String stdout, String stderr) {

    static BenchOutput run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Bench.run(outStream, errStream, args);
        }
        return new BenchOutput(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String firstErrorLine() {
        return stderr.lines().findFirst().orElse("");
    }
}
