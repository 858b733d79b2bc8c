package org.smesupport.casework.app.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * The query a tracking processor uses to read events past its token when the token has gaps
 * (positions reserved by transactions that had not committed yet). Axon's default writes
 * {@code WHERE (globalIndex > ? AND globalIndex <= ?) OR globalIndex IN (…)}, which H2 answers with
 * a full table scan: measured as the event store's largest CPU cost under concurrent commands. A
 * {@code UNION ALL} of the range and the gap lookup lets H2 use the primary key for both parts; the
 * two parts cannot overlap because gaps lie at or below the token's index.
 */
final class H2TrackedEventStatements {

    private H2TrackedEventStatements() {
    }

    static PreparedStatement readEventDataWithGaps(Connection connection, EventSchema schema, long globalIndex,
                                                   int batchSize, List<Long> gaps) throws SQLException {
        String fields = schema.trackedEventFields();
        String table = schema.domainEventTable();
        String index = schema.globalIndexColumn();
        String sql = "SELECT * FROM ("
                + "SELECT " + fields + " FROM " + table + " WHERE " + index + " > ? AND " + index + " <= ?"
                + " UNION ALL "
                + "SELECT " + fields + " FROM " + table + " WHERE " + index + " IN ("
                + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")"
                + ") ORDER BY " + index + " ASC";
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 3, gaps.get(i));
        }
        return statement;
    }
}
