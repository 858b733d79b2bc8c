package org.smesupport.casework.api.company;

import org.axonframework.serialization.Revision;

/**
 * A client firm registered: {@code corporateNumber} for a corporation, or, for a sole proprietor without
 * one, the {@code identityDocument} that was checked (absent from events stored before it existed, which
 * all carry a corporate number). {@code kana}, the name's reading (フリガナ), is optional and absent from
 * events stored before it existed: such a company has no reading on record.
 */
@Revision("1")
public record CompanyRegisteredEvent(
        CompanyId companyId,
        CorporateNumber corporateNumber,
        String name,
        Industry industry,
        String municipality,
        SizeClass sizeClass,
        IdentityDocument identityDocument,
        String kana) {

    /** A registration without the name's reading. */
    public CompanyRegisteredEvent(CompanyId companyId, CorporateNumber corporateNumber, String name,
                                  Industry industry, String municipality, SizeClass sizeClass,
                                  IdentityDocument identityDocument) {
        this(companyId, corporateNumber, name, industry, municipality, sizeClass, identityDocument, null);
    }
}
