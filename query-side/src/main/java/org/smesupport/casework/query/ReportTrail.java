package org.smesupport.casework.query;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;

/**
 * What one replay of a report's statistics projection found ({@link FigureTrail}): for every line and every year
 * document, the events that moved the line through that document, kept apart by whether they moved the year's
 * own figure or the figures of the years after it (a balance), so that any year's figure is the merge of its own
 * moves and the later-year moves of every year before it.
 */
final class ReportTrail {

    /** Where a record behind a figure is in the event store: its aggregate's stream and place in it. */
    record EventRef(String aggregateId, long sequence) {
    }

    private final Map<String, LineFormula> lines;
    private final long head;
    private final Map<String, Map<Integer, FigureMoves>> own = new HashMap<>();
    private final Map<String, TreeMap<Integer, FigureMoves>> forLaterYears = new HashMap<>();
    private final Map<Long, EventRef> events = new HashMap<>();
    private final Set<Long> moving = new HashSet<>();
    private long replayed;

    ReportTrail(Map<String, LineFormula> lines, long head) {
        this.lines = Map.copyOf(lines);
        this.head = head;
    }

    /** Notes an event the projection is about to be given, by the position its changes will be told under. */
    void offered(long position, EventRef event) {
        events.put(position, event);
    }

    /** Every line's moves from one change of a year's document. */
    void changed(FiscalYear year, long position, Document before, Document after) {
        YearFigures was = YearFigures.of(before);
        YearFigures is = YearFigures.of(after);
        lines.forEach((key, line) -> {
            FigureFormula formula = line.formula();
            long ownMove = formula.ownMove(was, is);
            if (ownMove != 0) {
                own.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(year.startYear(), y -> new FigureMoves()).add(position, ownMove);
                moving.add(position);
            }
            long laterMove = formula.laterMove(was, is);
            if (laterMove != 0) {
                forLaterYears.computeIfAbsent(key, k -> new TreeMap<>())
                        .computeIfAbsent(year.startYear(), y -> new FigureMoves()).add(position, laterMove);
                moving.add(position);
            }
        });
    }

    /** Forgets the events that moved no figure; the replay is over and took {@code replayed} events. */
    void done(long replayed) {
        this.replayed = replayed;
        events.keySet().retainAll(moving);
        moving.clear();
    }

    Map<String, LineFormula> lines() {
        return lines;
    }

    Optional<LineFormula> line(String key) {
        return Optional.ofNullable(lines.get(key));
    }

    /** The last position of the event log the replay read ({@code -1}: the log was empty). */
    long head() {
        return head;
    }

    long replayed() {
        return replayed;
    }

    /** The events behind the line's figure of the year, in the order they were recorded. */
    FigureMoves figure(String key, FiscalYear year) {
        FigureMoves moves = own.getOrDefault(key, Map.of()).getOrDefault(year.startYear(), new FigureMoves());
        for (FigureMoves earlier : forLaterYears.getOrDefault(key, new TreeMap<>()).headMap(year.startYear())
                .values()) {
            moves = moves.merge(earlier);
        }
        return moves.netted();
    }

    EventRef event(long position) {
        return events.get(position);
    }
}
