package org.smesupport.casework.api.succession;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A concluded deal corrected: what it is now ({@code seller}, {@code buyer}, {@code concludedOn},
 * {@code halfCounts}) and what it replaces ({@code previousConcludedOn}, {@code previousHalfCounts}), so the
 * statistics move the deal's halves between years without working anything out.
 */
@Revision("1")
public record SuccessionDealCorrectedEvent(
        SuccessionDealId dealId,
        DealParty seller,
        DealParty buyer,
        LocalDate concludedOn,
        int halfCounts,
        LocalDate previousConcludedOn,
        int previousHalfCounts,
        String reason,
        LocalDate correctedOn) {
}
