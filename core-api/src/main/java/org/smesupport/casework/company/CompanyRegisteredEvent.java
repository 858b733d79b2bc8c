package org.smesupport.casework.company;

public record CompanyRegisteredEvent(
        CompanyId companyId,
        CorporateNumber corporateNumber,
        String name,
        Industry industry,
        String municipality,
        SizeClass sizeClass) {
}
