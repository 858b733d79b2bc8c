package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import java.util.List;

/** The pipeline board as of a day: one column per stage, in pipeline order. */
public record RestructuringBoard(LocalDate asOf, List<RestructuringBoardColumn> columns) {
}
