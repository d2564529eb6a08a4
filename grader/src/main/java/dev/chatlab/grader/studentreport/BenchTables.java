package dev.chatlab.grader.studentreport;

import dev.chatlab.grader.studentreport.BenchResults.BenchResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One bench result as a report shows it: the command that reproduces it, the scenario, a row per run, the
 * medians of a comparison, and the plots as numbered figures. Every figure is copied from the JSON document
 * (formatted as bench's own console table formats it); a metric bench did not measure stays {@code n/a}.
 */
final class BenchTables {

    private static final String NA = "n/a";
    /** The servers bench knows by name; any other label stands for a command. */
    private static final Pattern NAMED_SERVER = Pattern.compile("(lab02|netty|python)(-\\d+)?");

    private BenchTables() {
    }

    /** Writes {@code result}, whose plots were copied into the report as {@code images/<file name>}. */
    static void write(MarkdownPage page, BenchResult result, String benchFolder) {
        JsonNode root = result.root();
        JsonNode scenario = root.path("scenario");
        String command = command(root, benchFolder);
        page.heading(4, "bench.heading", scenario.path("name").asString("?"), result.kind(),
                written(root.path("writtenAt").asString("?")), result.file().getFileName());
        page.paragraph(page.text("bench.command") + "\n\n```sh\n" + command + "\n```");
        page.paragraph(page.text("bench.scenario", scenario.path("clients").asLong(),
                scenario.path("senders").asLong(), rate(scenario.path("rate")),
                number(scenario.path("durationSeconds"), "%.1f"), number(scenario.path("warmupSeconds"), "%.1f"),
                scenario.path("messageSize").asLong()));
        if (root.path("network").path("relayed").asBoolean(false)) {
            page.paragraph(page.text("bench.network", root.path("network").path("name").asString("?")));
        }
        page.header(List.of(page.text("bench.runs.header").split("\\|")));
        for (JsonNode run : root.path("runs")) {
            JsonNode latency = run.path("latencyMs");
            page.row(List.of(run.path("server").asString("?"), Long.toString(run.path("round").asLong()),
                    rate(run.path("rate")), number(run.path("deliveriesPerSecond"), "%,.0f"),
                    number(latency.path("p50"), "%.2f"), number(latency.path("p90"), "%.2f"),
                    number(latency.path("p99"), "%.2f"), number(latency.path("p99.9"), "%.2f"),
                    number(latency.path("max"), "%.2f"), Long.toString(run.path("missing").asLong()),
                    Long.toString(run.path("outOfOrder").asLong()), Long.toString(run.path("clientsDropped").asLong()),
                    number(run.path("serverCpuSeconds"), "%.2f"), megabytes(run.path("serverPeakRssBytes"))));
        }
        page.line("");
        page.tableCaption(page.text("bench.runs.caption", result.file().getFileName()));
        if (!root.path("summary").isEmpty()) {
            page.header(List.of(page.text("bench.medians.header").split("\\|")));
            for (JsonNode median : root.path("summary")) {
                page.row(List.of(median.path("server").asString("?"), Long.toString(median.path("rounds").asLong()),
                        number(median.path("deliveriesPerSecond"), "%,.0f"), number(median.path("p50Millis"), "%.2f"),
                        number(median.path("p99Millis"), "%.2f"), number(median.path("serverCpuSeconds"), "%.2f"),
                        megabytes(median.path("peakRssBytes")), number(median.path("deliveriesRatio"), "%.2f"),
                        number(median.path("p99Ratio"), "%.2f"), number(median.path("cpuRatio"), "%.2f")));
            }
            page.line("");
            page.tableCaption(page.text("bench.medians.caption"));
        }
        for (var plot : result.plots()) {
            String name = plot.getFileName().toString();
            String which = name.substring(result.stem().length() + 1, name.length() - ".png".length());
            String what = page.text("bench.figure." + which);
            page.figure(SkeletonFolder.IMAGES + "/" + name, what,
                    what + ". " + page.text("bench.producedBy", MarkdownPage.code(command)) + ".");
        }
        page.write("bench.discuss");
    }

    /** The {@code ./chatlab bench} command line that measures this scenario again, into {@code benchFolder}. */
    static String command(JsonNode root, String benchFolder) {
        JsonNode scenario = root.path("scenario");
        List<String> words = new ArrayList<>(List.of("./chatlab", "bench", "--preset", scenario.path("name").asString("?"),
                "--clients", scenario.path("clients").asString(), "--senders", scenario.path("senders").asString()));
        String kind = root.path("kind").asString("");
        Set<Integer> rates = new LinkedHashSet<>();
        root.path("runs").forEach(run -> rates.add(run.path("rate").asInt()));
        if (kind.equals("sweep")) {
            words.add("--sweep");
            words.add(String.join(",", rates.stream().map(String::valueOf).toList()));
        } else {
            words.add("--rate");
            words.add(scenario.path("rate").asString());
        }
        words.addAll(List.of("--duration", duration(scenario.path("durationSeconds").asDouble()),
                "--warmup", duration(scenario.path("warmupSeconds").asDouble()),
                "--message-size", scenario.path("messageSize").asString(), "--window", scenario.path("window").asString()));
        String network = root.path("network").path("name").asString("none");
        if (!network.equals("none")) {
            words.addAll(List.of("--net", network));
        }
        Set<String> servers = new LinkedHashSet<>();
        int rounds = 1;
        for (JsonNode run : root.path("runs")) {
            servers.add(server(run));
            rounds = Math.max(rounds, run.path("round").asInt());
        }
        if (kind.equals("compare")) {
            words.add("--compare");
            words.addAll(servers);
            words.addAll(List.of("--rounds", Integer.toString(rounds)));
        } else if (!servers.isEmpty() && !servers.contains("lab02")) {
            String server = servers.iterator().next();
            words.addAll(server.startsWith("--port") ? List.of(server) : List.of("--server-cmd", server));
        }
        words.addAll(List.of("--out", benchFolder));
        return String.join(" ", words);
    }

    /** How the command line names a run's server: a name bench knows, {@code --port N}, or the quoted command. */
    private static String server(JsonNode run) {
        String label = run.path("server").asString("?");
        if (NAMED_SERVER.matcher(label).matches()) {
            return label.replaceFirst("-\\d+$", "");
        }
        JsonNode command = run.path("command");
        if (command.isNull() || command.isMissingNode()) {
            return "--port " + label.replaceFirst("^port", "");
        }
        return "'" + command.asString().replace("'", "'\\''") + "'";
    }

    /** "2026-12-01T04:11:33.958Z" as "2026-12-01 04:11 UTC"; any other text as it is. */
    private static String written(String instant) {
        return instant.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*Z")
                ? instant.substring(0, 10) + " " + instant.substring(11, 16) + " UTC" : instant;
    }

    private static String duration(double seconds) {
        long millis = Math.round(seconds * 1000);
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static String rate(JsonNode rate) {
        return rate.asInt() == 0 ? "max" : rate.asString();
    }

    private static String number(JsonNode value, String format) {
        return value.isNumber() ? String.format(Locale.ROOT, format, value.asDouble()) : NA;
    }

    private static String megabytes(JsonNode bytes) {
        return bytes.isNumber() ? String.format(Locale.ROOT, "%.0f", bytes.asDouble() / 1048576.0) : NA;
    }
}
