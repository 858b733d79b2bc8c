package org.smesupport.casework.api.matching;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A participant's answer to the satisfaction survey (満足度); one answer per participant. */
public record RecordFairSatisfactionCommand(
        @TargetAggregateIdentifier MatchingFairId fairId,
        String participantId,
        boolean satisfied) {
}
