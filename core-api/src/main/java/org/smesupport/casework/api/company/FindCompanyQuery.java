package org.smesupport.casework.api.company;

/** One company; answered with {@code null} if there is no such company. */
public record FindCompanyQuery(CompanyId companyId) {
}
