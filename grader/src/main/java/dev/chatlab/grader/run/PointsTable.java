package dev.chatlab.grader.run;

import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.SentenceNames;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Order;

/**
 * The points of every check of a lab, from the lab's {@link PointShare}s: within a share, each check gets the
 * share's points times its {@link Check#points()} weight over the weights of the share, rounded to whole
 * points by the largest remainder, so that every share, and so the lab, totals exactly its points. The
 * rounding is deterministic: equal remainders go to the check declared first (suite order, then
 * {@link Order}, then method name).
 */
public final class PointsTable {

    /** A check of the lab with its name (the sentence the reports show) and its whole points. */
    public record ScoredCheck(Class<?> suite, Method method, String name, int points) {
    }

    private final Map<Method, ScoredCheck> checks = new LinkedHashMap<>();

    private PointsTable() {
    }

    /**
     * The table of {@code shares}, which must total 100 points and name each suite once.
     *
     * @throws IllegalArgumentException if they do not, or a share's suites hold no {@link Check}
     */
    public static PointsTable of(List<PointShare> shares) {
        int total = shares.stream().mapToInt(PointShare::points).sum();
        if (total != 100) {
            throw new IllegalArgumentException("A lab's shares total 100 points, not " + total);
        }
        Set<Class<?>> seen = new HashSet<>();
        PointsTable table = new PointsTable();
        for (PointShare share : shares) {
            List<Method> methods = new ArrayList<>();
            for (Class<?> suite : share.suites()) {
                if (!seen.add(suite)) {
                    throw new IllegalArgumentException(suite.getSimpleName() + " is in more than one share");
                }
                methods.addAll(checksOf(suite));
            }
            table.distribute(share.points(), methods);
        }
        return table;
    }

    /** The checks in the order they run, with their points. */
    public List<ScoredCheck> checks() {
        return List.copyOf(checks.values());
    }

    /** The points of the check {@code method}, if it is one of this lab's. */
    public Optional<Integer> pointsOf(Method method) {
        return Optional.ofNullable(checks.get(method)).map(ScoredCheck::points);
    }

    /** Gives {@code points} to {@code methods} in proportion to their weights, by the largest remainder. */
    private void distribute(int points, List<Method> methods) {
        long weights = methods.stream().mapToLong(method -> method.getAnnotation(Check.class).points()).sum();
        if (weights <= 0) {
            throw new IllegalArgumentException("The checks of a share of " + points + " points weigh nothing: "
                    + methods);
        }
        int[] whole = new int[methods.size()];
        long[] remainder = new long[methods.size()];
        int given = 0;
        for (int i = 0; i < methods.size(); i++) {
            long exact = (long) points * methods.get(i).getAnnotation(Check.class).points();
            whole[i] = (int) (exact / weights);
            remainder[i] = exact % weights;
            given += whole[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < methods.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparingLong((Integer i) -> remainder[i]).reversed()); // stable: ties keep order
        for (int k = 0; k < points - given; k++) {
            whole[byRemainder.get(k)]++;
        }
        for (int i = 0; i < methods.size(); i++) {
            Method method = methods.get(i);
            checks.put(method, new ScoredCheck(method.getDeclaringClass(), method, SentenceNames.of(method), whole[i]));
        }
    }

    /**
     * The {@link Check} methods of {@code suite}, its own and those it inherits (a lab's subclass of a suite
     * every lab shares), in the order JUnit runs them.
     */
    private static List<Method> checksOf(Class<?> suite) {
        List<Method> declared = new ArrayList<>();
        for (Class<?> type = suite; type != null && type != Object.class; type = type.getSuperclass()) {
            declared.addAll(Arrays.asList(type.getDeclaredMethods()));
        }
        List<Method> methods = declared.stream()
                .filter(method -> method.isAnnotationPresent(Check.class))
                .sorted(Comparator.comparingInt(PointsTable::order).thenComparing(Method::getName))
                .toList();
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(suite.getSimpleName() + " has no @Check");
        }
        return methods;
    }

    private static int order(Method method) {
        Order order = method.getAnnotation(Order.class);
        return order != null ? order.value() : Order.DEFAULT;
    }
}
