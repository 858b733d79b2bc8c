package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/** One restructuring case with its timeline; {@code asOf} is the day its time in stage is counted to. */
public record FindRestructuringCaseQuery(RestructuringCaseId caseId, LocalDate asOf) {
}
