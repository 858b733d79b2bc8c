package org.smesupport.casework.query;

import java.util.Arrays;

/**
 * The events that moved one figure, by their position in the global event stream (ascending), each with how much
 * it moved the figure in the line's exact unit (a count, halves, yen). Kept in two arrays: a report's drill-down
 * holds one entry for every event behind every figure of every year.
 */
final class FigureMoves {

    private long[] positions = new long[8];
    private long[] amounts = new long[8];
    private int size;

    /** Adds an event's move; a second move by the same event (two documents it changed) is added to the first. */
    void add(long position, long amount) {
        if (size > 0 && positions[size - 1] == position) {
            amounts[size - 1] += amount;
            return;
        }
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size * 2);
            amounts = Arrays.copyOf(amounts, size * 2);
        }
        positions[size] = position;
        amounts[size] = amount;
        size++;
    }

    /** Every move of these and of {@code others}, merged by position; events whose moves cancel out are left out. */
    FigureMoves merge(FigureMoves others) {
        FigureMoves merged = new FigureMoves();
        int mine = 0;
        int theirs = 0;
        while (mine < size || theirs < others.size) {
            boolean takeMine = theirs == others.size || (mine < size && positions[mine] <= others.positions[theirs]);
            if (takeMine) {
                merged.add(positions[mine], amounts[mine]);
                mine++;
            } else {
                merged.add(others.positions[theirs], others.amounts[theirs]);
                theirs++;
            }
        }
        return merged.netted();
    }

    /** These moves without the events whose moves cancel out. */
    FigureMoves netted() {
        FigureMoves kept = new FigureMoves();
        for (int i = 0; i < size; i++) {
            if (amounts[i] != 0) {
                kept.add(positions[i], amounts[i]);
            }
        }
        return kept;
    }

    int size() {
        return size;
    }

    long position(int index) {
        return positions[index];
    }

    long amount(int index) {
        return amounts[index];
    }

    /** What the moves add up to: the figure. */
    long total() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += amounts[i];
        }
        return total;
    }
}
