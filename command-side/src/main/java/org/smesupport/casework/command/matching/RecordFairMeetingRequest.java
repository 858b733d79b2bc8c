package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.RecordFairMeetingCommand;

record RecordFairMeetingRequest(
        @NotBlank String orderingParticipantId,
        @NotBlank String supplyingParticipantId,
        @NotNull LocalDate heldOn) {

    RecordFairMeetingCommand toCommand(MatchingFairId fairId, String meetingId) {
        return new RecordFairMeetingCommand(fairId, meetingId, orderingParticipantId, supplyingParticipantId, heldOn);
    }
}
