package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/** One individual meeting (商談) between an ordering and a supplying participant, within the fair's dates. */
public record RecordFairMeetingCommand(
        @TargetAggregateIdentifier MatchingFairId fairId,
        String meetingId,
        String orderingParticipantId,
        String supplyingParticipantId,
        @CountsInFiscalYear LocalDate heldOn) {
}
