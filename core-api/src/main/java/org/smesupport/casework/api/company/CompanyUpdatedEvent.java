package org.smesupport.casework.api.company;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CompanyUpdatedEvent(
        CompanyId companyId,
        String name,
        Industry industry,
        String municipality,
        SizeClass sizeClass) {
}
