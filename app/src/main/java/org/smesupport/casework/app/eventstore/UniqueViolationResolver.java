package org.smesupport.casework.app.eventstore;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises a unique-constraint violation (SQL state 23505, the same in H2 and PostgreSQL) anywhere
 * in the cause chain, including the chained exceptions of a batch insert, so that two writers
 * appending the same aggregate sequence surface as Axon's {@code ConcurrencyException} (HTTP 409)
 * rather than a generic {@code EventStoreException}.
 */
class UniqueViolationResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
            if (e instanceof BatchUpdateException batch && batch.getCause() instanceof SQLException cause
                    && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
