package dev.chatlab.grader.studentreport;

import dev.chatlab.bench.compare.ServerSummary;
import dev.chatlab.bench.measure.Percentiles;
import dev.chatlab.bench.measure.RunResult;
import dev.chatlab.bench.network.NetworkPreset;
import dev.chatlab.bench.report.ResultJson;
import dev.chatlab.bench.report.ResultPlots;
import dev.chatlab.bench.scenario.Scenario;
import dev.chatlab.grader.report.ReportFolder;
import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.CheckResult.Status;
import dev.chatlab.grader.result.Evidence;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A checkout as a student leaves it after grading and benchmarking, written by the grader's and bench's own
 * writers: lab01 graded into {@code chatlab-report/} (one check failed), lab02 into {@code chatlab-report/lab02/}
 * (all passed), and one bench comparison of lab02 and python over two rounds in {@code bench-results/}, with its
 * latency and throughput plots. The figures are fixed so that tests can look for them in the skeleton.
 */
final class MeasuredCheckout {

    static final String BENCH_STEM = "latency-compare-20261201-010817";
    static final long SEED = 4242;
    static final String FAILED_CHECK = "echoes bytes before the line ends";
    static final String FAILED_REASON = "expected 14 bytes within 3 s, but got nothing";
    /** lab02's p99 in round 2, as the runs table formats it (the medians are exact in binary: 1.375, 68.75). */
    static final String LAB02_ROUND2_P99 = "21.50";
    /** python's p99.9 in round 1. */
    static final String PYTHON_ROUND1_P999 = "136.96";

    private MeasuredCheckout() {
    }

    /** Writes the grader's reports and bench's results into {@code checkout}. */
    static void write(Path checkout) throws IOException {
        writeGrades(checkout.resolve("chatlab-report"));
        writeBench(checkout.resolve("bench-results"));
    }

    static void writeGrades(Path folder) throws IOException {
        Instant started = Instant.parse("2026-12-01T00:40:00Z");
        LabResult lab01 = new LabResult(1, "lab01 echo", "reference lab01-echo/target/lab01-echo.jar", List.of(
                check("echoes one line", 10, Status.PASSED, ""),
                check(FAILED_CHECK, 6, Status.FAILED, FAILED_REASON + "\nclient#1 sent 14 bytes"),
                check("client exits 0 at the end of its input", 4, Status.PASSED, "")));
        LabResult lab02 = new LabResult(2, "lab02 multi-client chat", "reference", List.of(
                check("welcomes a hello with the sorted users", 50, Status.PASSED, ""),
                check("delivers a say to every member in id order", 50, Status.PASSED, "")));
        ReportFolder.write(new GradeResult(List.of(lab01), SEED, started, Duration.ofSeconds(3)), folder);
        ReportFolder.write(new GradeResult(List.of(lab02), SEED + 1, started, Duration.ofSeconds(9)),
                folder.resolve("lab02"));
    }

    private static CheckResult check(String name, int points, Status status, String failure) {
        return new CheckResult(name, "EchoServerChecks", points, status, failure, Evidence.NONE,
                "Echo bytes as they arrive.", "lab01.md#tcp-is-a-byte-stream", Duration.ofMillis(40));
    }

    static void writeBench(Path folder) throws IOException {
        writeBench(folder, NetworkPreset.NONE);
    }

    /** The same comparison, its clients connected over {@code network}. */
    static void writeBench(Path folder, NetworkPreset network) throws IOException {
        Scenario scenario = new Scenario("latency", 20, 2, 50, Duration.ofSeconds(2), Duration.ofSeconds(1), 64, 16,
                network);
        List<RunResult> runs = List.of(
                run("lab02", 1, scenario, new Percentiles(1980, 2.54, 26.90, 88.50, 103.55, 110.2)),
                run("python", 1, scenario, new Percentiles(2000, 1.50, 19.20, 113.00, 136.96, 140.0)),
                run("lab02", 2, scenario, new Percentiles(2000, 2.22, 5.47, 21.50, 28.62, 30.1)),
                run("python", 2, scenario, new Percentiles(2000, 1.25, 2.36, 24.50, 44.51, 50.3)));
        ResultJson.write(folder.resolve(BENCH_STEM + ".json"), "compare", scenario, runs, ServerSummary.of(runs));
        ResultPlots.latency(runs, folder.resolve(BENCH_STEM + "-latency.png"));
        ResultPlots.throughput(runs, folder.resolve(BENCH_STEM + "-throughput.png"));
    }

    private static RunResult run(String server, int round, Scenario scenario, Percentiles latency) {
        List<RunResult.PercentilePoint> distribution = List.of(new RunResult.PercentilePoint(50, latency.p50()),
                new RunResult.PercentilePoint(90, latency.p90()), new RunResult.PercentilePoint(99, latency.p99()),
                new RunResult.PercentilePoint(99.9, latency.p999()));
        return new RunResult(server, server.equals("lab02") ? "java -jar lab02-multiclient.jar server --port 0"
                : "python3 chat_server.py --port 0", round, scenario, 20, 0, 150, 2000, 2000, latency.count(),
                latency.count() / 2.0, latency, new Percentiles(20, 1.0, 2.0, 3.0, 3.0, 3.0), 0, Map.of(), 0, 0, 0, 0,
                null, new long[] {990, 1000}, distribution, 0.42, 52_428_800L, 0.2);
    }
}
