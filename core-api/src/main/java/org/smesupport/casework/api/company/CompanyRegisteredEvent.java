package org.smesupport.casework.api.company;

/**
 * A client firm registered: {@code corporateNumber} for a corporation, or, for a sole proprietor without
 * one, the {@code identityDocument} that was checked (absent from events stored before it existed, which
 * all carry a corporate number).
 */
public record CompanyRegisteredEvent(
        CompanyId companyId,
        CorporateNumber corporateNumber,
        String name,
        Industry industry,
        String municipality,
        SizeClass sizeClass,
        IdentityDocument identityDocument) {
}
