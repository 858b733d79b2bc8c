package org.smesupport.casework.matching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.company.CompanyId;

/** A firm takes part on one side; {@code companyId} when it is a registered client (optional). */
public record RegisterFairParticipantCommand(
        @TargetAggregateIdentifier MatchingFairId fairId,
        String participantId,
        FairSide side,
        String firmName,
        CompanyId companyId) {
}
