package org.smesupport.casework.company;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Claims the corporate number of a company registered before numbers were claimed at registration. Sent
 * by the command side itself for each such company; a number claimed already stays with its holder.
 */
public record ClaimCorporateNumberCommand(@TargetAggregateIdentifier String claimId, CorporateNumber corporateNumber,
                                          CompanyId companyId) {
}
