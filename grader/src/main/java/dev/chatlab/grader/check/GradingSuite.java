package dev.chatlab.grader.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class as a grading suite: its {@link Check} methods get a {@link dev.chatlab.grader.harness.Harness}
 * parameter, run in {@link org.junit.jupiter.api.Order} order, and are named by their method names read as
 * sentences.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(GradingExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayNameGeneration(SentenceNames.class)
public @interface GradingSuite {
}
