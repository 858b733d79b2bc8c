package org.smesupport.casework.api.succession;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/**
 * An M&A deal concluded (成約) between a seller and a buyer. The report's rule: each in-prefecture firm that
 * buys or sells counts 0.5, so a deal between two in-prefecture firms counts 1 and one with an
 * out-of-prefecture counterpart 0.5.
 */
public record ConcludeSuccessionDealCommand(
        @TargetAggregateIdentifier SuccessionDealId dealId,
        DealParty seller,
        DealParty buyer,
        @CountsInFiscalYear LocalDate concludedOn) {
}
