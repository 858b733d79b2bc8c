package org.smesupport.casework.api.succession;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.Reasoned;

/**
 * Corrects a concluded deal, with a reason: its date, or a counterpart's name or place. The cases that are
 * parties stay as they are (a case concludes one deal; naming another case is a different deal).
 */
public record CorrectSuccessionDealCommand(
        @TargetAggregateIdentifier SuccessionDealId dealId,
        DealParty seller,
        DealParty buyer,
        @CountsInFiscalYear LocalDate concludedOn,
        String reason,
        @CountsInFiscalYear LocalDate correctedOn) implements Reasoned {
}
