package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.RecordFairSatisfactionCommand;

record RecordFairSatisfactionRequest(
        @NotBlank String participantId,
        @NotNull Boolean satisfied) {

    RecordFairSatisfactionCommand toCommand(MatchingFairId fairId) {
        return new RecordFairSatisfactionCommand(fairId, participantId, satisfied);
    }
}
