package org.smesupport.casework.api.matching;

public record FairSatisfactionRecordedEvent(
        MatchingFairId fairId,
        String participantId,
        FairSide side,
        boolean satisfied) {
}
