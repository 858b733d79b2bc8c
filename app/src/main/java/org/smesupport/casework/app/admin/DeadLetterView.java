package org.smesupport.casework.app.admin;

import java.time.Instant;

/**
 * One parked event as an operator sees it.
 *
 * @param sequence          the sequence it is parked in (the aggregate id): later events of the same
 *                          aggregate wait behind it, so the read model never applies them out of order
 * @param globalPosition    its position in the event store (-1 if unknown)
 * @param retries           how many times a retry has failed again
 */
public record DeadLetterView(String sequence, String eventIdentifier, String eventType, String aggregateId,
                             Long aggregateSequence, long globalPosition, Instant timestamp,
                             String errorClass, String errorMessage, int retries,
                             Instant enqueuedAt, Instant lastTouched) {
}
