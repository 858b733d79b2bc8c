package org.smesupport.casework.api.matching;

import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.company.CompanyId;

@Revision("1")
public record FairParticipantRegisteredEvent(
        MatchingFairId fairId,
        String participantId,
        FairSide side,
        String firmName,
        CompanyId companyId) {
}
