package dev.chatlab.demo.screen;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * Reads and drives Swing from the demo's own thread, the way a test robot does but without a robot: every
 * call runs on the EDT and waits for it (so never call these on the EDT), and components are found by the
 * names of lab05's component contract ({@code Component.getName()}).
 */
public final class SwingLookup {

    private SwingLookup() {
    }

    /** Runs {@code read} on the EDT and returns its result. */
    public static <T> T onEdt(Supplier<T> read) {
        Objects.requireNonNull(read, "read");
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("SwingLookup waits for the EDT: call it from another thread");
        }
        AtomicReference<T> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> result.set(read.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the EDT", e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return result.get();
    }

    /** Runs {@code action} on the EDT and waits for it. */
    public static void run(Runnable action) {
        onEdt(() -> {
            action.run();
            return null;
        });
    }

    /** A showing window that {@code test} accepts. EDT only. */
    public static Optional<Window> window(Predicate<Window> test) {
        return Arrays.stream(Window.getWindows()).filter(Window::isShowing).filter(test).findFirst();
    }

    /** The component named {@code name} of type {@code type} inside {@code root}, or empty. EDT only. */
    public static <T extends Component> Optional<T> find(Container root, String name, Class<T> type) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName()) && type.isInstance(child)) {
                return Optional.of(type.cast(child));
            }
            if (child instanceof Container container) {
                Optional<T> found = find(container, name, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** {@link #find}, for a component the contract promises: a missing one is a bug of the window. EDT only. */
    public static <T extends Component> T require(Container root, String name, Class<T> type) {
        return find(root, name, type).orElseThrow(() -> new IllegalStateException(
                "no " + type.getSimpleName() + " named '" + name + "' in " + root.getName()));
    }
}
