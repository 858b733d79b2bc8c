package org.smesupport.casework.api.audit;

import java.time.LocalDate;

/**
 * The access log, newest first, paged: entries of one {@code kind}, by one {@code user}, recorded from the start of
 * day {@code from} to the end of day {@code to} (the centre's zone); each criterion {@code null} for any. Answered
 * with an {@link AccessPage}.
 */
public record FindAccessLogQuery(AccessKind kind, String user, LocalDate from, LocalDate to, int page, int size) {
}
