package dev.chatlab.grader.check;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGenerator;

/**
 * Names each check after its method, read as a sentence: {@code echoes_one_line(Harness)} is shown as
 * "echoes one line", without the parameter list JUnit would otherwise add.
 */
public final class SentenceNames extends DisplayNameGenerator.ReplaceUnderscores {

    @Override
    public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
                                               Method testMethod) {
        return of(testMethod);
    }

    /** The name of the check {@code method}: its name with each underscore read as a space. */
    public static String of(Method method) {
        return method.getName().replace('_', ' ');
    }
}
