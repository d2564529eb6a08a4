package dev.chatlab.grader.guidriver;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.swing.JComponent;
import javax.swing.RepaintManager;
import org.assertj.swing.exception.EdtViolationException;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;

/**
 * AssertJ Swing's {@link FailOnThreadViolationRepaintManager}, which notices a Swing component changed by a
 * thread other than the event dispatch thread (EDT), made to report instead of throw: an exception thrown into
 * the client's own network thread would change what is graded. Each violation becomes one {@code event
 * edt-violation} line naming the component, the thread and the calling frames outside the JDK and Swing.
 */
final class ViolationRecorder extends FailOnThreadViolationRepaintManager {

    private static final int FRAMES_SHOWN = 4;

    private final DriverOutput output;
    private final AtomicInteger count = new AtomicInteger();

    private ViolationRecorder(DriverOutput output) {
        super(true); // every call off the EDT, also to a component not showing yet
        this.output = output;
    }

    /** Installs a recorder as the repaint manager of this JVM's Swing; call before the client starts. */
    static ViolationRecorder install(DriverOutput output) {
        ViolationRecorder recorder = new ViolationRecorder(output);
        RepaintManager.setCurrentManager(recorder);
        return recorder;
    }

    /** Violations seen so far. */
    int count() {
        return count.get();
    }

    @Override
    public void addInvalidComponent(JComponent component) {
        try {
            super.addInvalidComponent(component);
        } catch (EdtViolationException violation) {
            record(component, violation);
        }
    }

    @Override
    public void addDirtyRegion(JComponent component, int x, int y, int w, int h) {
        try {
            super.addDirtyRegion(component, x, y, w, h);
        } catch (EdtViolationException violation) {
            record(component, violation);
        }
    }

    private void record(JComponent component, EdtViolationException violation) {
        count.incrementAndGet();
        String frames = Arrays.stream(violation.getStackTrace())
                .map(StackTraceElement::toString)
                .filter(frame -> !frame.startsWith("java.") && !frame.startsWith("javax.")
                        && !frame.startsWith("org.assertj.") && !frame.startsWith("dev.chatlab.grader.guidriver."))
                .limit(FRAMES_SHOWN)
                .collect(Collectors.joining(" < "));
        String name = component.getName() != null ? component.getName() : component.getClass().getSimpleName();
        output.event("edt-violation", name + " changed on thread \"" + Thread.currentThread().getName() + "\" at "
                + (frames.isEmpty() ? "(no frame outside Swing)" : frames));
    }
}
