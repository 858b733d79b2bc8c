package org.smesupport.casework.app.audit.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.smesupport.casework.api.audit.AccessEntry;
import org.smesupport.casework.api.audit.AccessKind;
import org.smesupport.casework.api.audit.AccessPage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access log in the SQL event store's database ({@code access_log}, migration V3__access_log). On H2 an entry is
 * on disk before the request it records is done, as an event is ({@code durably}): an auditor's log must not lose
 * the last reads to a crash.
 */
final class JdbcAccessLog implements AccessLog {

    private static final int TEXT = 2000;

    private final JdbcTemplate jdbc;
    private final Consumer<Runnable> durably;

    /** @param durably runs a write that commits by itself and returns once it is on disk (H2), or just runs it */
    JdbcAccessLog(JdbcTemplate jdbc, Consumer<Runnable> durably) {
        this.jdbc = jdbc;
        this.durably = durably;
    }

    @Override
    public void record(AccessEntry entry) {
        durably.accept(() -> insert(entry));
    }

    private void insert(AccessEntry entry) {
        jdbc.update("INSERT INTO access_log (recorded_at, kind, user_name, roles, method, path, status, detail, "
                        + "correlation_id, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(entry.recordedAt()), entry.kind().name(), cut(entry.user(), 255),
                cut(entry.roles(), 255), entry.method(), cut(entry.path(), TEXT), entry.status(),
                cut(entry.detail(), TEXT), entry.correlationId(), cut(entry.address(), 64));
    }

    @Override
    public AccessPage search(AccessCriteria criteria, int page, int size) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (criteria.kind() != null) {
            conditions.add("kind = ?");
            values.add(criteria.kind().name());
        }
        if (criteria.user() != null) {
            conditions.add("user_name = ?");
            values.add(criteria.user());
        }
        if (criteria.from() != null) {
            conditions.add("recorded_at >= ?");
            values.add(Timestamp.from(criteria.from()));
        }
        if (criteria.before() != null) {
            conditions.add("recorded_at < ?");
            values.add(Timestamp.from(criteria.before()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM access_log" + where, Long.class, values.toArray());
        List<Object> paged = new ArrayList<>(values);
        paged.add(size);
        paged.add((long) page * size);
        List<AccessEntry> items = jdbc.query("SELECT recorded_at, kind, user_name, roles, method, path, status, "
                + "detail, correlation_id, address FROM access_log" + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                (row, number) -> entry(row), paged.toArray());
        return new AccessPage(total == null ? 0 : total, page, size, items);
    }

    private static AccessEntry entry(ResultSet row) throws SQLException {
        return new AccessEntry(row.getTimestamp(1).toInstant(), AccessKind.valueOf(row.getString(2)), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getInt(7), row.getString(8),
                row.getString(9), row.getString(10));
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
