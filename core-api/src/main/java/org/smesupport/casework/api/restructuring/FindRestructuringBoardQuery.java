package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/** The pipeline board as it stood at the end of {@code asOf}: each case in the stage it was in that day. */
public record FindRestructuringBoardQuery(LocalDate asOf) {
}
