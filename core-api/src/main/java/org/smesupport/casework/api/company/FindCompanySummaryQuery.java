package org.smesupport.casework.api.company;

/**
 * Everything the centre has with one company across its programmes, in figures: answered with a
 * {@link CompanySummary}, or nothing for a company that is not registered.
 */
public record FindCompanySummaryQuery(CompanyId companyId) {
}
