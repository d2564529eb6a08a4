package dev.chatlab.lab05.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.RoundRectangle2D;
import java.util.function.Supplier;
import javax.swing.Icon;

/**
 * Small icons drawn with Java2D (no image files, sharp at any scale): the padlock of a TLS connection, the
 * clock of a pending message, and a dot for the other states. Each paints in the colour its supplier gives at
 * paint time, so it follows a theme switch.
 */
final class StatusIcons {

    private StatusIcons() {
    }

    /** A closed padlock. */
    static Icon padlock(Supplier<Color> colour) {
        return new Drawn(12, 14, colour, g -> {
            g.setStroke(new BasicStroke(1.6f));
            g.draw(new Arc2D.Double(2.5, 0.8, 7, 8, 0, 180, Arc2D.OPEN));
            g.drawLine(3, 5, 3, 7);
            g.drawLine(9, 5, 9, 7);
            g.fill(new RoundRectangle2D.Double(1, 6.5, 10, 7.5, 3, 3));
        });
    }

    /** A clock face with its hands at four. */
    static Icon clock(Supplier<Color> colour) {
        return new Drawn(11, 11, colour, g -> {
            g.setStroke(new BasicStroke(1.2f));
            g.drawOval(1, 1, 9, 9);
            g.drawLine(5, 5, 5, 2);
            g.drawLine(5, 5, 7, 7);
        });
    }

    /** A filled dot. */
    static Icon dot(Supplier<Color> colour) {
        return new Drawn(10, 10, colour, g -> g.fillOval(1, 1, 8, 8));
    }

    private interface Painter {
        void paint(Graphics2D g);
    }

    private record Drawn(int width, int height, Supplier<Color> colour, Painter painter) implements Icon {
        @Override
        public void paintIcon(Component c, Graphics graphics, int x, int y) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.translate(x, y);
                g.setColor(colour.get());
                painter.paint(g);
            } finally {
                g.dispose();
            }
        }

        @Override
        public int getIconWidth() {
            return width;
        }

        @Override
        public int getIconHeight() {
            return height;
        }
    }
}
