package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record FairMeetingRecordedEvent(
        MatchingFairId fairId,
        String meetingId,
        String orderingParticipantId,
        String supplyingParticipantId,
        LocalDate heldOn) {
}
