package org.smesupport.casework.succession;

/**
 * A succession case became party to a concluded deal: the first event of the case's deal stream
 * ({@code succession-deal-of-<caseId>}), written with the deal, so no case can be in two concluded deals.
 */
public record SuccessionCaseEnteredDealEvent(String claimId, SuccessionCaseId caseId, SuccessionDealId dealId) {
}
