package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;

/**
 * A page of restructuring cases, newest opening first. {@code stage} (the current stage) and {@code caseworker}
 * are optional ({@code null}); {@code asOf} is the day each case's time in its stage is counted to. {@code page}
 * counts from 0.
 */
public record FindRestructuringCasesQuery(
        RestructuringStage stage,
        String caseworker,
        String companyId,
        LocalDate asOf,
        int page,
        int size) {
}
