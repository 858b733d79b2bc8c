package org.smesupport.casework.api.company;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a client firm. A corporation gives its corporate number, which no other company may hold; a
 * sole proprietor (個人事業主) has none and gives instead the {@code identityDocument} the caseworker saw.
 * {@code kana} is the name's reading (フリガナ), optional.
 */
public record RegisterCompanyCommand(
        @TargetAggregateIdentifier CompanyId companyId,
        CorporateNumber corporateNumber,
        String name,
        Industry industry,
        String municipality,
        SizeClass sizeClass,
        IdentityDocument identityDocument,
        String kana) {

    /** A registration without the name's reading. */
    public RegisterCompanyCommand(CompanyId companyId, CorporateNumber corporateNumber, String name,
                                  Industry industry, String municipality, SizeClass sizeClass,
                                  IdentityDocument identityDocument) {
        this(companyId, corporateNumber, name, industry, municipality, sizeClass, identityDocument, null);
    }
}
