package org.smesupport.casework.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;

/**
 * Where in the global event stream a document last changed: the tracking token's {@code position()}
 * plus, for the JDBC event store, the gaps that token still had.
 * <p>
 * The position alone is not enough with the JDBC store: a transaction that commits late fills a gap
 * below the highest index already seen, and Axon gives that event a token whose position is the
 * highest index, not its own. A plain "skip at or below the stored position" would drop it. Like
 * {@link GapAwareTrackingToken#covers}, an event counts as applied only if its position is not above
 * the stored one and no stored gap is one the event's token has since filled.
 * <p>
 * A dead letter being retried is {@code late}: it comes after the document has moved past its
 * position, so the position check would drop it. A late event is instead checked against, and
 * recorded in, the document's list of positions applied late, and it never moves the document's
 * position back.
 */
public record GlobalPosition(long index, Set<Long> gaps, Set<Long> appliedLate, boolean late) {

    public static final String INDEX_FIELD = "position";
    public static final String GAPS_FIELD = "positionGaps";
    public static final String LATE_FIELD = "positionsAppliedLate";

    public GlobalPosition {
        gaps = Set.copyOf(gaps);
        appliedLate = Set.copyOf(appliedLate);
    }

    public GlobalPosition(long index, Set<Long> gaps) {
        this(index, gaps, Set.of(), false);
    }

    /** The event's position; {@code null} if its token has none (then every delivery is applied). */
    public static GlobalPosition of(TrackingToken token) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current == null || current.position().isEmpty()) {
            return null;
        }
        Set<Long> gaps = current instanceof GapAwareTrackingToken gapAware ? gapAware.getGaps() : Set.of();
        return new GlobalPosition(current.position().getAsLong(), gaps, Set.of(), retryingDeadLetter());
    }

    /** The position stored in the document, or {@code null} for a new document. */
    public static GlobalPosition readFrom(Document document) {
        if (document == null || !document.containsKey(INDEX_FIELD)) {
            return null;
        }
        List<Long> gaps = document.getList(GAPS_FIELD, Long.class, List.of());
        List<Long> late = document.getList(LATE_FIELD, Long.class, List.of());
        return new GlobalPosition(document.getLong(INDEX_FIELD), new TreeSet<>(gaps), new TreeSet<>(late), false);
    }

    public void writeTo(Document document) {
        if (late) {
            List<Long> appliedLate = new ArrayList<>(document.getList(LATE_FIELD, Long.class, List.of()));
            appliedLate.add(index);
            document.put(LATE_FIELD, appliedLate);
            if (document.containsKey(INDEX_FIELD)) {
                return;
            }
        }
        document.put(INDEX_FIELD, index);
        document.put(GAPS_FIELD, List.copyOf(new TreeSet<>(gaps)));
    }

    /** Whether the event at {@code event} was already applied to a document stored at this position. */
    public boolean covers(GlobalPosition event) {
        if (event.late) {
            return appliedLate.contains(event.index);
        }
        return event.index <= index
                && !gaps.contains(event.index)
                && gaps.stream().filter(gap -> gap < event.index).allMatch(event.gaps::contains);
    }

    /** Axon's dead-letter processing puts the letter in the unit of work it handles it in. */
    private static boolean retryingDeadLetter() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().getResource(DeadLetter.class.getName()) != null;
    }
}
