package org.smesupport.casework.api.company;

public record CompanyUpdatedEvent(
        CompanyId companyId,
        String name,
        Industry industry,
        String municipality,
        SizeClass sizeClass) {
}
