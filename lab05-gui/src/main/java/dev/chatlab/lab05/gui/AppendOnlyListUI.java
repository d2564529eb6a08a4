package dev.chatlab.lab05.gui;

import com.formdev.flatlaf.ui.FlatListUI;
import java.awt.Font;
import java.util.Arrays;
import javax.swing.JList;
import javax.swing.ListCellRenderer;
import javax.swing.ListModel;

/**
 * FlatLaf's list UI for a list that only grows, like the message view. Swing's list UI measures every row
 * again after any change of the model (O(n) renderer calls per batch, which at 10,000 rows is most of the
 * EDT's time); here rows keep their heights, and only the rows added since the last layout are measured.
 * Everything is measured again when the width or the font changes. A row's height must not depend on
 * anything but its text, the width and the font (a pending row is as tall as a delivered one). EDT only.
 */
final class AppendOnlyListUI extends FlatListUI {

    private int measuredWidth = -1;
    private Font measuredFont;

    @Override
    protected void updateLayoutState() {
        int size = list.getModel().getSize();
        boolean sameGeometry = list.getWidth() == measuredWidth && list.getFont() == measuredFont;
        if (!sameGeometry || cellHeights == null || size < cellHeights.length || list.getFixedCellHeight() != -1) {
            super.updateLayoutState();
            measuredWidth = list.getWidth();
            measuredFont = list.getFont();
            return;
        }
        measureFrom(cellHeights.length, size);
    }

    /** Measures rows {@code first} to {@code size - 1}, keeping the heights of the others. */
    @SuppressWarnings("unchecked")
    private void measureFrom(int first, int size) {
        ListModel<Object> model = (ListModel<Object>) list.getModel();
        ListCellRenderer<Object> renderer = (ListCellRenderer<Object>) list.getCellRenderer();
        int[] heights = Arrays.copyOf(cellHeights, size);
        for (int index = first; index < size; index++) {
            var cell = renderer.getListCellRendererComponent((JList<Object>) list, model.getElementAt(index), index,
                    false, false);
            rendererPane.add(cell);
            var preferred = cell.getPreferredSize();
            heights[index] = preferred.height;
            cellWidth = Math.max(cellWidth, preferred.width);
        }
        cellHeights = heights;
    }
}
