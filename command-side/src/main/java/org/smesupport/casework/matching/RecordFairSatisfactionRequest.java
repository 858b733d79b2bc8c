package org.smesupport.casework.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

record RecordFairSatisfactionRequest(
        @NotBlank String participantId,
        @NotNull Boolean satisfied) {

    RecordFairSatisfactionCommand toCommand(MatchingFairId fairId) {
        return new RecordFairSatisfactionCommand(fairId, participantId, satisfied);
    }
}
