package org.smesupport.casework.app.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The rows of an audit export with their links, in the order of the global index, read a batch at a time (the
 * caller holds a read-only transaction, so that PostgreSQL streams them).
 */
final class ExportedEvents {

    private static final String SELECT = "SELECT " + StoredEvents.columns("e.") + ", l.n, l.previous_hash, "
            + "l.digest, l.hash FROM DomainEventEntry e "
            + "LEFT JOIN audit_chain_link l ON l.global_index = e.globalIndex ";
    private static final int IDS_PER_QUERY = 500;

    private final JdbcTemplate streaming;

    ExportedEvents(JdbcTemplate jdbc) {
        this.streaming = StoredEvents.streaming(jdbc);
    }

    /**
     * The events recorded from {@code from} (inclusive) to {@code before} (exclusive). The stored times are ISO-8601
     * text whose fraction of a second varies in length, so the database is asked for a second more on each side and
     * the exact range is kept here.
     */
    void recorded(Instant from, Instant before, Consumer<ExportedEvent> each) {
        streaming.query(SELECT + "WHERE e.timeStamp >= ? AND e.timeStamp < ? ORDER BY e.globalIndex",
                (RowCallbackHandler) row -> {
                    ExportedEvent event = read(row);
                    Instant recorded = Instant.parse(event.row().timeStamp());
                    if (!recorded.isBefore(from) && recorded.isBefore(before)) {
                        each.accept(event);
                    }
                }, from.minusSeconds(1).toString(), before.plusSeconds(1).toString());
    }

    /** The events with these ids (in the order of the global index within each batch of ids, ids given in order). */
    void withIds(List<String> eventIds, Consumer<ExportedEvent> each) {
        for (int start = 0; start < eventIds.size(); start += IDS_PER_QUERY) {
            List<String> ids = eventIds.subList(start, Math.min(eventIds.size(), start + IDS_PER_QUERY));
            String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
            streaming.query(SELECT + "WHERE e.eventIdentifier IN (" + marks + ") ORDER BY e.globalIndex",
                    (RowCallbackHandler) row -> each.accept(read(row)), ids.toArray());
        }
    }

    private static ExportedEvent read(ResultSet row) throws SQLException {
        StoredEvent stored = StoredEvents.read(row);
        long n = row.getLong(11);
        return new ExportedEvent(stored, row.wasNull() ? null : n, row.getString(12), row.getString(13),
                row.getString(14));
    }
}
