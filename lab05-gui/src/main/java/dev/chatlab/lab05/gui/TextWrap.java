package dev.chatlab.lab05.gui;

import java.awt.Font;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word wrapping for the message view, with a cache: the JList asks the renderer for the height of every row
 * whenever its model changes, so measuring a text must be a map lookup after the first time. The cache holds
 * the lines of the last {@value #CAPACITY} (text, width, font) keys. EDT only.
 */
final class TextWrap {

    static final int CAPACITY = 50_000;

    private record Key(String text, int width, Font font) {
    }

    private final Map<Key, List<String>> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<String>> eldest) {
            return size() > CAPACITY;
        }
    };

    /** {@code text} in lines no wider than {@code width} pixels: its own line breaks, then word wraps. */
    List<String> lines(String text, FontMetrics metrics, int width) {
        return cache.computeIfAbsent(new Key(text, width, metrics.getFont()), key -> wrap(text, metrics, width));
    }

    /** Greedy wrapping that measures each word once (a line's width is the sum of its words' widths). */
    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        int space = metrics.charWidth(' ');
        for (String paragraph : text.replace("\t", "    ").split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int used = 0;
            for (String word : paragraph.split(" ", -1)) {
                int wordWidth = metrics.stringWidth(word);
                int needed = line.isEmpty() ? wordWidth : used + space + wordWidth;
                if (needed <= width) {
                    if (!line.isEmpty()) {
                        line.append(' ');
                    }
                    line.append(word);
                    used = needed;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (wordWidth > width && word.length() > 1) { // a word wider than the view: cut it
                    int fits = fitting(word, metrics, width);
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                    wordWidth = metrics.stringWidth(word);
                }
                line.append(word);
                used = wordWidth;
            }
            lines.add(line.toString());
        }
        return List.copyOf(lines);
    }

    /** How many leading characters of {@code word} fit in {@code width} (at least one). */
    private static int fitting(String word, FontMetrics metrics, int width) {
        int fits = 1;
        while (fits < word.length() && metrics.stringWidth(word.substring(0, fits + 1)) <= width) {
            fits++;
        }
        return fits;
    }
}
