package org.smesupport.casework.company;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterCompanyCommand(
        @TargetAggregateIdentifier CompanyId companyId,
        CorporateNumber corporateNumber,
        String name,
        Industry industry,
        String municipality,
        SizeClass sizeClass) {
}
