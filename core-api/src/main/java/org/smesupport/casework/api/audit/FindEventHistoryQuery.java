package org.smesupport.casework.api.audit;

/**
 * The complete stored history of one record (company, consultation case, lease contract, …) by its id, read from
 * the event store itself rather than from a read model. Answered with an {@link EventHistory}, or nothing when no
 * event is stored under that id.
 */
public record FindEventHistoryQuery(String aggregateId) {
}
