package org.smesupport.casework.api.matching;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FairSatisfactionRecordedEvent(
        MatchingFairId fairId,
        String participantId,
        FairSide side,
        boolean satisfied) {
}
