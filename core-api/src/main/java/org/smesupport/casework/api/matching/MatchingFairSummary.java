package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import java.util.List;

/** A matching fair (商談会): its plan, the figures of each side and the meetings (商談) held. */
public record MatchingFairSummary(
        MatchingFairId fairId,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        int fiscalYear,
        FairFormat format,
        String focusArea,
        List<String> partners,
        FairSideFigures ordering,
        FairSideFigures supplying,
        long meetings,
        long version) {
}
