package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import java.util.Set;

/**
 * An order request in a list: who orders what, its state, and its referrals counted: made, still awaiting
 * an outcome, concluded (成立) as the outcomes stand after corrections.
 * {@code reference}: its human-readable reference ({@code api.reference}), {@code null} for the moment
 * between its creation and its numbering.
 */
public record OrderRequestSummary(
        OrderRequestId orderRequestId,
        String reference,
        String orderingFirm,
        String work,
        Set<Process> processes,
        LocalDate receivedOn,
        OrderRequestStatus status,
        int referrals,
        int awaitingOutcome,
        int concluded,
        long version) {
}
