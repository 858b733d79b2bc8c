package org.smesupport.casework.api.matching;

import java.time.LocalDate;

/** A fair of year B in the 商談会 table: participants and satisfaction of each side, meetings held. */
public record FairReportRow(
        MatchingFairId fairId,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        FairFormat format,
        String focusArea,
        FairSideFigures ordering,
        FairSideFigures supplying,
        long meetings) {
}
