package org.smesupport.casework.api.matching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.company.CompanyId;

/** A firm takes part on one side; {@code companyId} when it is a registered client (optional). */
public record RegisterFairParticipantCommand(
        @TargetAggregateIdentifier MatchingFairId fairId,
        String participantId,
        FairSide side,
        String firmName,
        CompanyId companyId) {
}
