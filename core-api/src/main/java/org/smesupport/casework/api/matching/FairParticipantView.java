package org.smesupport.casework.api.matching;

import org.smesupport.casework.api.company.CompanyId;

/** A fair participant; {@code satisfied} is {@code null} until it answers the survey. */
public record FairParticipantView(
        String participantId,
        FairSide side,
        String firmName,
        CompanyId companyId,
        Boolean satisfied) {
}
