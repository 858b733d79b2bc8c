package org.smesupport.casework.succession;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the deal of a case that entered it before deals claimed their cases; sent by the command side
 * itself for each such deal. A case claimed already stays with its deal.
 */
public record ClaimSuccessionCaseForDealCommand(@TargetAggregateIdentifier String claimId, SuccessionCaseId caseId,
                                                SuccessionDealId dealId) {
}
