package org.smesupport.casework.api.restructuring;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as the list shows it: its current {@code stage}, entered on {@code stageEnteredOn}, and the whole days
 * since then up to the query's as-of date ({@code daysInStage}, never negative). {@code caseworker}: who opened
 * it. {@code specialReschedulings}: the dates the 特例リスケ was applied; {@code drastic}: whether the completed
 * plan is a drastic restructuring (抜本), {@code null} until completed. {@code version} is the expected version
 * for the next command.
 * {@code reference}: its human-readable reference ({@code api.reference}), {@code null} for the moment
 * between its creation and its numbering.
 * {@code companyName}: the company's current name, read when the query is answered ({@code null} if the
 * company is not in the read model).
 */
public record RestructuringCaseSummary(
        String caseId,
        String reference,
        String companyId,
        String companyName,
        String summary,
        RestructuringStage stage,
        LocalDate stageEnteredOn,
        long daysInStage,
        String caseworker,
        LocalDate openedOn,
        List<LocalDate> specialReschedulings,
        Boolean drastic,
        long version) {
}
