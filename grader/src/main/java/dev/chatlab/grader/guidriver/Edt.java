package dev.chatlab.grader.guidriver;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.swing.SwingUtilities;

/**
 * The driver's way onto the event dispatch thread (EDT): every read and change of the client's components runs
 * there, as Swing requires, and waits a bounded time for it, so that a client whose EDT is stuck fails a step
 * instead of hanging the driver. Components are found by name in the showing windows.
 */
final class Edt {

    /** How long a step waits for the EDT to run one small task. */
    static final Duration TURN = Duration.ofSeconds(5);

    private Edt() {
    }

    /**
     * Runs {@code task} on the EDT and returns its result.
     *
     * @throws StepFailed if the EDT does not run it within {@link #TURN}, or it throws
     */
    static <T> T call(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TURN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new StepFailed("the EDT did not run the driver's task within " + TURN.toSeconds()
                    + " s: it is busy with something else");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StepFailed failed ? failed
                    : new StepFailed("the step failed on the EDT: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailed("interrupted");
        }
    }

    /** On the EDT: the showing component named {@code name}, of {@code type}, in any window. */
    static <T extends Component> Optional<T> find(String name, Class<T> type) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing()) {
                Optional<T> found = find(window, name, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static <T extends Component> Optional<T> find(Component component, String name, Class<T> type) {
        if (name.equals(component.getName()) && type.isInstance(component) && component.isShowing()) {
            return Optional.of(type.cast(component));
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                Optional<T> found = find(child, name, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** On the EDT: the component named {@code name}, or a failed step that says none is showing. */
    static <T extends Component> T require(String name, Class<T> type) {
        return find(name, type).orElseThrow(() -> new StepFailed("no showing " + type.getSimpleName()
                + " named \"" + name + "\""));
    }

    /** A step that could not be done: its message is the {@code fail} reply. */
    static final class StepFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StepFailed(String message) {
            super(message);
        }
    }
}
