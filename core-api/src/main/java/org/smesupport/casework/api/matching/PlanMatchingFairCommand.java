package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;

/** A matching fair (商談会): dates, format, focus area (e.g. 重点地域 横須賀) and partner organisations. */
public record PlanMatchingFairCommand(
        @TargetAggregateIdentifier MatchingFairId fairId,
        String name,
        @CountsInFiscalYear LocalDate startsOn,
        LocalDate endsOn,
        FairFormat format,
        String focusArea,
        List<String> partners) {
}
