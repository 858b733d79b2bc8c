package org.smesupport.casework.company;

public record CompanyUpdatedEvent(
        CompanyId companyId,
        String name,
        Industry industry,
        String municipality,
        SizeClass sizeClass) {
}
