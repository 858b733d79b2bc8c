package org.smesupport.casework.projection;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
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
 */
public record GlobalPosition(long index, Set<Long> gaps) {

    public static final String INDEX_FIELD = "position";
    public static final String GAPS_FIELD = "positionGaps";

    public GlobalPosition {
        gaps = Set.copyOf(gaps);
    }

    /** The event's position; {@code null} if its token has none (then every delivery is applied). */
    public static GlobalPosition of(TrackingToken token) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current == null || current.position().isEmpty()) {
            return null;
        }
        Set<Long> gaps = current instanceof GapAwareTrackingToken gapAware ? gapAware.getGaps() : Set.of();
        return new GlobalPosition(current.position().getAsLong(), gaps);
    }

    /** The position stored in the document, or {@code null} for a new document. */
    public static GlobalPosition readFrom(Document document) {
        if (document == null || !document.containsKey(INDEX_FIELD)) {
            return null;
        }
        List<Long> gaps = document.getList(GAPS_FIELD, Long.class, List.of());
        return new GlobalPosition(document.getLong(INDEX_FIELD), new TreeSet<>(gaps));
    }

    public void writeTo(Document document) {
        document.put(INDEX_FIELD, index);
        document.put(GAPS_FIELD, List.copyOf(new TreeSet<>(gaps)));
    }

    /** Whether the event at {@code event} was already applied to a document stored at this position. */
    public boolean covers(GlobalPosition event) {
        return event.index <= index
                && !gaps.contains(event.index)
                && gaps.stream().filter(gap -> gap < event.index).allMatch(event.gaps::contains);
    }
}
