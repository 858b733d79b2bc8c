package org.smesupport.casework.api.succession;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A deal: its parties, the fiscal year it counts in, and what it counts for (halves and halves / 2). */
public record SuccessionDealView(
        SuccessionDealId dealId,
        DealParty seller,
        DealParty buyer,
        LocalDate concludedOn,
        int fiscalYear,
        int halfCounts,
        BigDecimal deals) {
}
