package org.smesupport.casework.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.common.CountsInFiscalYear;
import org.smesupport.casework.common.Reasoned;
import org.smesupport.casework.common.Yen;

/** Corrects a recorded outcome; never silently: the reason is required and the old outcome is kept. */
public record CorrectReferralOutcomeCommand(
        @TargetAggregateIdentifier OrderRequestId orderRequestId,
        String referralId,
        ReferralOutcome outcome,
        Yen initialOrderAmount,
        String reason,
        @CountsInFiscalYear LocalDate correctedOn) implements Reasoned {
}
