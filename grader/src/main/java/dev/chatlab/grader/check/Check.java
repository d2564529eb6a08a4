package dev.chatlab.grader.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

/**
 * Marks a method of a grading suite as one graded check: a JUnit test with a weight of {@link #points()}.
 *
 * <p>The method's name is the check's name, read as a sentence ({@code echoes_one_line} is shown as
 * "echoes one line"). When the check fails, the report shows {@link #hint()} and a link to
 * {@link #see()}, the handout section that explains the behaviour. The check fails if it runs longer than
 * {@link #timeoutSeconds()}: its processes and sockets are then closed.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
public @interface Check {

    /**
     * The check's weight within its suite. The lab that runs the suite scales it to whole points through its
     * {@link dev.chatlab.grader.run.PointShare}s, so that the lab totals 100; a lab whose shares match the
     * weights (lab01, lab02) shows them as they are.
     */
    int points();

    /** What to look at when the check fails, in one or two sentences addressed to the student. */
    String hint();

    /** The handout section that explains the behaviour, relative to {@code docs/}: {@code lab01.md#half-close}. */
    String see();

    /** Wall-clock limit of the whole check, processes included: room for two JVMs to start on a busy machine. */
    int timeoutSeconds() default 45;

    /**
     * True for a check that instructors grade and students do not see: it runs in every grading by the
     * instructor's grader, shows in {@code results.json} with Gradescope's {@code "visibility": "after_published"},
     * and is not in the starter kit, whose exported grader sources lose every hidden check method (so a student's
     * {@code ./chatlab grade} never runs it, and scores the visible checks out of the lab's 100 points). For a
     * behaviour the handout teaches, checked again with data a student cannot guess.
     */
    boolean hidden() default false;

    /**
     * True for a check that needs what the whole machine has only once, such as a lab's fixed default port:
     * gradings running side by side ({@code grade --submissions --parallel}) take turns for it
     * ({@link MachineLock}), and its time limit starts once it has its turn.
     */
    boolean exclusive() default false;
}
