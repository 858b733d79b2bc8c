package org.smesupport.casework.app.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The SQL event store's rows read directly (H2 for the embedded default, PostgreSQL): the names are Axon's JDBC
 * layout, unquoted, so each database folds them to its own case.
 */
final class StoredEvents {

    private static final String COLUMNS = "globalIndex, eventIdentifier, type, aggregateIdentifier, sequenceNumber, "
            + "timeStamp, payloadType, payloadRevision, payload, metaData";
    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = streaming(jdbc);
    }

    /** A template that reads a batch of rows at a time: for the walks over the whole log. */
    static JdbcTemplate streaming(JdbcTemplate jdbc) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        return streaming;
    }

    /** The stored row's columns in the order {@link #read} reads them, each prefixed (a table alias and its dot). */
    static String columns(String prefix) {
        return prefix + COLUMNS.replace(", ", ", " + prefix);
    }

    Optional<StoredEvent> byIdentifier(String eventIdentifier) {
        List<StoredEvent> rows = jdbc.query("SELECT " + COLUMNS + " FROM DomainEventEntry WHERE eventIdentifier = ?",
                (row, number) -> read(row), eventIdentifier);
        return rows.stream().findFirst();
    }

    /**
     * Every row in the order of the global index, read a batch at a time (constant memory; PostgreSQL's driver
     * honours the fetch size only inside a transaction, which the caller holds).
     */
    void inOrder(Consumer<StoredEvent> each) {
        streaming.query("SELECT " + COLUMNS + " FROM DomainEventEntry ORDER BY globalIndex",
                (RowCallbackHandler) row -> each.accept(read(row)));
    }

    /** The row's first ten columns, selected as {@link #columns} names them. */
    static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10));
    }
}
