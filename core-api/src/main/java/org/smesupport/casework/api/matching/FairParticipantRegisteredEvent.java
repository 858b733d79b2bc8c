package org.smesupport.casework.api.matching;

import org.smesupport.casework.api.company.CompanyId;

public record FairParticipantRegisteredEvent(
        MatchingFairId fairId,
        String participantId,
        FairSide side,
        String firmName,
        CompanyId companyId) {
}
