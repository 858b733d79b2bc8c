package org.smesupport.casework.api.succession;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * {@code halfCounts}: how many halves the deal counts for (0, 1 or 2: one per in-prefecture party), kept as
 * a whole number so sums stay exact; reports divide by two and show one decimal.
 */
@Revision("1")
public record SuccessionDealConcludedEvent(
        SuccessionDealId dealId,
        DealParty seller,
        DealParty buyer,
        LocalDate concludedOn,
        int halfCounts) {
}
