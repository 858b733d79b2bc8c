package org.smesupport.casework.matching;

public record FairSatisfactionRecordedEvent(
        MatchingFairId fairId,
        String participantId,
        FairSide side,
        boolean satisfied) {
}
