package dev.chatlab.grader.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded sample data for the chat checks of every lab: nicks, texts and ping tokens drawn from a check's
 * {@link dev.chatlab.grader.harness.Harness#random()}, so that {@code --seed} replays the same exchange.
 */
public final class Samples {

    /** Distinct ignoring case, and spread over every kind of character a nick may hold. */
    private static final List<String> NICKS = List.of("ana", "bob", "carl", "dora", "eve", "finn", "gus", "hana",
            "ivo", "jon", "kim", "lea", "max", "nia", "oto", "pia", "_rex", "-sam", "9tom", "zed", "x_1", "y-2");
    private static final List<String> WORDS = List.of("hello", "room", "ça va", "naïve", "über", "ok", "sure",
            "✓", "😀", "coffee", "later", "tab\there", "yes", "no", "→", "日本");

    /** A nick that no sample nick equals ignoring case. */
    public static final String NOBODY = "nobody_here";

    private Samples() {
    }

    /** {@code count} nicks, distinct ignoring case, each in a random mix of upper and lower case. */
    public static String[] nicks(Random random, int count) {
        List<String> pool = new ArrayList<>(NICKS);
        Collections.shuffle(pool, random);
        String[] nicks = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder nick = new StringBuilder();
            for (char c : pool.get(i).toCharArray()) {
                nick.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
            nicks[i] = nick.toString();
        }
        return nicks;
    }

    /**
     * {@code count} (at least 5) nicks as {@link #nicks} draws them, with one twist: among those that begin with
     * a letter, the first ignoring case begins in lower case and the last in upper case, so that sorting them
     * by their code points alone ("Zed" before "ana") gives a different order than sorting them ignoring case.
     */
    public static String[] nicksThatSortDifferentlyByCase(Random random, int count) {
        if (count < 5) {
            throw new IllegalArgumentException("At least 5 nicks hold two that begin with a letter: " + count);
        }
        String[] nicks = nicks(random, count);
        List<Integer> letterInitial = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (Character.isLetter(nicks[i].charAt(0))) {
                letterInitial.add(i);
            }
        }
        letterInitial.sort(Comparator.comparing(i -> nicks[i].toLowerCase(Locale.ROOT)));
        int first = letterInitial.getFirst();
        int last = letterInitial.getLast();
        nicks[first] = Character.toLowerCase(nicks[first].charAt(0)) + nicks[first].substring(1);
        nicks[last] = Character.toUpperCase(nicks[last].charAt(0)) + nicks[last].substring(1);
        return nicks;
    }

    /** {@code nick} with the case of every letter swapped: the same nick ignoring case, spelled differently. */
    public static String swapCase(String nick) {
        StringBuilder swapped = new StringBuilder();
        for (char c : nick.toCharArray()) {
            swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return swapped.toString();
    }

    /** A short text of a few words, some of them outside ASCII. */
    public static String text(Random random) {
        StringBuilder text = new StringBuilder(WORDS.get(random.nextInt(WORDS.size())));
        for (int words = random.nextInt(4); words > 0; words--) {
            text.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.append(' ').append(random.nextInt(1000)).toString();
    }

    /** A ping token of {@code length} code points, a mix of ASCII and characters beyond the BMP. */
    public static String token(Random random, int length) {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < length; i++) {
            token.appendCodePoint(random.nextBoolean() ? 'a' + random.nextInt(26) : 0x1F600 + random.nextInt(64));
        }
        return token.toString();
    }

    /** {@code nicks} sorted the contract's way: by the lower-cased nick (Locale.ROOT), in code point order. */
    public static List<String> sortedIgnoringCase(List<String> nicks) {
        List<String> sorted = new ArrayList<>(nicks);
        sorted.sort(Comparator.comparing(nick -> nick.toLowerCase(Locale.ROOT)));
        return sorted;
    }
}
