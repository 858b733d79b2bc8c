package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.PlanMatchingFairCommand;

/** {@code focusArea} (e.g. 横須賀) and {@code partners} may be left out: none. */
record PlanMatchingFairRequest(
        @NotBlank @Size(max = MatchingFair.MAX_NAME_LENGTH) String name,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull FairFormat format,
        @Size(max = MatchingFair.MAX_NAME_LENGTH) String focusArea,
        @Size(max = MatchingFair.MAX_PARTNERS)
        List<@NotBlank @Size(max = MatchingFair.MAX_NAME_LENGTH) String> partners) {

    PlanMatchingFairCommand toCommand(MatchingFairId fairId) {
        return new PlanMatchingFairCommand(fairId, name, startsOn, endsOn, format, focusArea,
                partners == null ? List.of() : List.copyOf(partners));
    }
}
