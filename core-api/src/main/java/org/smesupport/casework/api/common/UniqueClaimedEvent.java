package org.smesupport.casework.api.common;

import org.axonframework.serialization.Revision;

/**
 * A value that only one record may hold is taken: the first event of the value's own stream
 * ({@code claimId}, e.g. {@code corporate-number-<13 digits>} held by a company id, or
 * {@code succession-deal-of-<caseId>} held by a deal id), written in the same unit of work as the record
 * that takes it, so the event store refuses a second holder.
 */
@Revision("1")
public record UniqueClaimedEvent(String claimId, String holder) {
}
