package org.smesupport.casework.api.matching;

import java.time.LocalDate;

public record FairMeetingRecordedEvent(
        MatchingFairId fairId,
        String meetingId,
        String orderingParticipantId,
        String supplyingParticipantId,
        LocalDate heldOn) {
}
