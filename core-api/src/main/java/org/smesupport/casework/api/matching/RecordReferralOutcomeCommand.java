package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.Reasoned;
import org.smesupport.casework.api.common.Yen;

/**
 * The outcome of an introduction: CONCLUDED with the initial order amount (成立当初受注額, > 0), or
 * NOT_CONCLUDED with a reason. Recorded once; a change later is a correction with a reason.
 */
public record RecordReferralOutcomeCommand(
        @TargetAggregateIdentifier OrderRequestId orderRequestId,
        String referralId,
        ReferralOutcome outcome,
        Yen initialOrderAmount,
        String reason,
        @CountsInFiscalYear LocalDate decidedOn) implements Reasoned {
}
