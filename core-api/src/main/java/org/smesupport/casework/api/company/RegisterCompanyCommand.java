package org.smesupport.casework.api.company;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a client firm. A corporation gives its corporate number, which no other company may hold; a
 * sole proprietor (個人事業主) has none and gives instead the {@code identityDocument} the caseworker saw.
 */
public record RegisterCompanyCommand(
        @TargetAggregateIdentifier CompanyId companyId,
        CorporateNumber corporateNumber,
        String name,
        Industry industry,
        String municipality,
        SizeClass sizeClass,
        IdentityDocument identityDocument) {
}
