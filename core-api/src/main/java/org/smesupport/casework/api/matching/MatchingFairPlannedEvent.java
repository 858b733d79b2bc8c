package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MatchingFairPlannedEvent(
        MatchingFairId fairId,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        FairFormat format,
        String focusArea,
        List<String> partners) {
}
