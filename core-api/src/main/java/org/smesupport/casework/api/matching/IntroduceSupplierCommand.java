package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/** A referral (紹介): the centre introduces a registered, not withdrawn supplier to an open order request. */
public record IntroduceSupplierCommand(
        @TargetAggregateIdentifier OrderRequestId orderRequestId,
        String referralId,
        SupplierId supplierId,
        @CountsInFiscalYear LocalDate introducedOn) {
}
