package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.RegisterFairParticipantCommand;

/** {@code companyId} only when the firm is a registered client of the centre. */
record RegisterFairParticipantRequest(
        @NotNull FairSide side,
        @NotBlank @Size(max = MatchingFair.MAX_NAME_LENGTH) String firmName,
        @Size(min = 1, max = 100) String companyId) {

    RegisterFairParticipantCommand toCommand(MatchingFairId fairId, String participantId) {
        return new RegisterFairParticipantCommand(fairId, participantId, side, firmName,
                companyId == null || companyId.isBlank() ? null : CompanyId.of(companyId));
    }
}
