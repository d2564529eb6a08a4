package dev.chatlab.grader.guidriver;

import dev.chatlab.grader.guidriver.Edt.StepFailed;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.ListModel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.image.ScreenshotTaker;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps the grader can ask for, one stdin line each ({@code MS} is a time limit in milliseconds, {@code
 * REGEX} a Java regular expression that must be found in the text, and both it and {@code TEXT} run to the line's
 * end):
 *
 * <pre>
 * type NAME TEXT               set the text of the text component NAME (a field, the input box)
 * click NAME                   press the button NAME (doClick on the EDT; its listeners run after the reply)
 * text NAME                    ok TEXT: what the label, button or text component NAME shows
 * wait-text NAME MS REGEX      ok TEXT once NAME's text matches
 * wait-window NAME MS          ok TITLE once a window named NAME shows
 * items NAME                   ok JSON: the elements of list NAME's model, each as String.valueOf gives it
 * wait-items NAME MS JSON      ok once the elements equal the JSON array of strings
 * wait-item NAME MS REGEX      ok INDEX TEXT: the first element that matches
 * wait-count NAME MS N REGEX   ok COUNT once at least N elements match
 * cell NAME INDEX              ok #RRGGBB: the colour of most pixels of that row as the list paints it
 * probe-start, probe-stop      ok MS: the longest the EDT kept a tiny task waiting in between
 * violations                   ok N: Swing calls off the EDT so far (each also reported as an event)
 * screenshot PATH              ok PATH: the whole screen as PNG
 * quit                         ok, then the driver exits
 * </pre>
 */
final class DriverSteps {

    private static final long POLL_MILLIS = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DriverOutput output;
    private final ViolationRecorder violations;
    private EdtLatencyProbe probe;

    DriverSteps(DriverOutput output, ViolationRecorder violations) {
        this.output = Objects.requireNonNull(output, "output");
        this.violations = Objects.requireNonNull(violations, "violations");
    }

    /** Runs one step and answers it; false once the driver should exit. */
    boolean run(String line) {
        String[] words = line.strip().split(" ", 2);
        String rest = words.length > 1 ? words[1] : "";
        try {
            switch (words[0]) {
                case "type" -> type(part(rest, 0), after(rest, 1));
                case "click" -> {
                    AbstractButton button = Edt.call(() -> Edt.require(rest, AbstractButton.class));
                    javax.swing.SwingUtilities.invokeLater(button::doClick);
                    output.ok("");
                }
                case "text" -> output.ok(Edt.call(() -> text(rest)));
                case "wait-text" -> output.ok(await(part(rest, 1), "the text of " + part(rest, 0) + " to match "
                        + after(rest, 2), () -> Optional.of(text(part(rest, 0)))
                        .filter(Pattern.compile(after(rest, 2)).asPredicate())));
                case "wait-window" -> output.ok(await(part(rest, 1), "a window named " + part(rest, 0),
                        () -> window(part(rest, 0))));
                case "items" -> output.ok(JSON.writeValueAsString(Edt.call(() -> items(rest))));
                case "wait-items" -> {
                    List<?> wanted = JSON.readValue(after(rest, 2), List.class);
                    output.ok(await(part(rest, 1), "the items of " + part(rest, 0) + " to be " + wanted,
                            () -> Optional.of(items(part(rest, 0))).filter(wanted::equals).map(JSON::writeValueAsString)));
                }
                case "wait-item" -> output.ok(await(part(rest, 1), "an item of " + part(rest, 0) + " matching "
                        + after(rest, 2), () -> firstMatch(part(rest, 0), Pattern.compile(after(rest, 2)))));
                case "wait-count" -> {
                    int wanted = Integer.parseInt(part(rest, 2));
                    Pattern pattern = Pattern.compile(after(rest, 3));
                    output.ok(await(part(rest, 1), wanted + " items of " + part(rest, 0) + " matching " + pattern,
                            () -> Optional.of(items(part(rest, 0)).stream().filter(pattern.asPredicate()).count())
                                    .filter(count -> count >= wanted).map(String::valueOf)));
                }
                case "cell" -> output.ok(Edt.call(() -> cellColour(part(rest, 0), Integer.parseInt(part(rest, 1)))));
                case "probe-start" -> {
                    probe = EdtLatencyProbe.start();
                    output.ok("");
                }
                case "probe-stop" -> {
                    if (probe == null) {
                        throw new StepFailed("no probe-start before probe-stop");
                    }
                    output.ok(Long.toString(probe.stop()));
                    probe = null;
                }
                case "violations" -> output.ok(Integer.toString(violations.count()));
                case "screenshot" -> {
                    new ScreenshotTaker().saveDesktopAsPng(rest);
                    output.ok(rest);
                }
                case "quit" -> {
                    output.ok("");
                    return false;
                }
                default -> throw new StepFailed("unknown step: " + words[0]);
            }
        } catch (StepFailed | IllegalArgumentException | IndexOutOfBoundsException e) {
            output.fail(e.getMessage());
        } catch (RuntimeException e) {
            output.fail(e.toString());
        }
        return true;
    }

    private void type(String name, String text) {
        Edt.call(() -> {
            Edt.require(name, JTextComponent.class).setText(text);
            return null;
        });
        output.ok("");
    }

    /** Polls {@code found} on the EDT until it yields a result or {@code millis} pass; the result, or a failed step. */
    private static String await(String millis, String what, EdtQuery found) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.parseLong(millis));
        String last = "nothing yet";
        while (true) {
            try {
                Optional<String> result = Edt.call(found::get);
                if (result.isPresent()) {
                    return result.get();
                }
            } catch (StepFailed notYet) {
                last = notYet.getMessage();
            }
            if (System.nanoTime() > deadline) {
                throw new StepFailed("waited " + millis + " ms for " + what + " (" + last + ")");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS); // the polling period
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StepFailed("interrupted");
            }
        }
    }

    /** A query that runs on the EDT: empty while what it waits for has not happened. */
    @FunctionalInterface
    private interface EdtQuery extends Supplier<Optional<String>> {
    }

    private static String text(String name) {
        Component component = Edt.require(name, Component.class);
        return switch (component) {
            case JLabel label -> String.valueOf(label.getText());
            case AbstractButton button -> String.valueOf(button.getText());
            case JTextComponent field -> field.getText();
            default -> throw new StepFailed(name + " is a " + component.getClass().getSimpleName() + ", which shows no text");
        };
    }

    private static Optional<String> window(String name) {
        return Arrays.stream(Window.getWindows()).filter(window -> name.equals(window.getName()) && window.isShowing())
                .findFirst().map(window -> window instanceof java.awt.Frame frame ? frame.getTitle()
                        : window instanceof java.awt.Dialog dialog ? dialog.getTitle() : "");
    }

    private static List<String> items(String name) {
        ListModel<?> model = Edt.require(name, JList.class).getModel();
        List<String> items = new ArrayList<>(model.getSize());
        for (int i = 0; i < model.getSize(); i++) {
            items.add(String.valueOf(model.getElementAt(i)));
        }
        return items;
    }

    private static Optional<String> firstMatch(String name, Pattern pattern) {
        List<String> items = items(name);
        for (int i = 0; i < items.size(); i++) {
            if (pattern.matcher(items.get(i)).find()) {
                return Optional.of(i + " " + items.get(i));
            }
        }
        return Optional.empty();
    }

    /** The colour most pixels of row {@code index} have when the list paints it (its background, or a band). */
    private static String cellColour(String name, int index) {
        JList<?> list = Edt.require(name, JList.class);
        Rectangle bounds = list.getCellBounds(index, index);
        if (bounds == null || bounds.isEmpty()) {
            throw new StepFailed(name + " has no row " + index + " to paint");
        }
        BufferedImage image = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.translate(-bounds.x, -bounds.y);
            g.setClip(bounds);
            list.paint(g);
        } finally {
            g.dispose();
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int colour = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return String.format("#%06X", colour);
    }

    /** The {@code n}th space-separated word of {@code text}. */
    private static String part(String text, int n) {
        String[] words = text.split(" ", n + 2);
        if (words.length <= n || words[n].isEmpty()) {
            throw new StepFailed("missing argument " + (n + 1) + " in \"" + text + "\"");
        }
        return words[n];
    }

    /** What follows the first {@code n} words of {@code text}. */
    private static String after(String text, int n) {
        String[] words = text.split(" ", n + 1);
        return words.length > n ? words[n] : "";
    }
}
