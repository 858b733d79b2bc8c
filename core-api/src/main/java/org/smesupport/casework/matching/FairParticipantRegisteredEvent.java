package org.smesupport.casework.matching;

import org.smesupport.casework.company.CompanyId;

public record FairParticipantRegisteredEvent(
        MatchingFairId fairId,
        String participantId,
        FairSide side,
        String firmName,
        CompanyId companyId) {
}
