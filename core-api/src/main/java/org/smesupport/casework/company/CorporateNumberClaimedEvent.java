package org.smesupport.casework.company;

/**
 * A corporate number is taken by a company: the first event of the number's own stream
 * ({@code corporate-number-<13 digits>}), written with the company's registration, so two companies
 * can never hold the same number.
 */
public record CorporateNumberClaimedEvent(String claimId, CorporateNumber corporateNumber, CompanyId companyId) {
}
