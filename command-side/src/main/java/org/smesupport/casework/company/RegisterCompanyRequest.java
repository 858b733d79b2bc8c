package org.smesupport.casework.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record RegisterCompanyRequest(
        @NotBlank @ValidCorporateNumber String corporateNumber,
        @NotBlank @Size(max = Company.MAX_NAME_LENGTH) String name,
        @NotNull Industry industry,
        @NotBlank @Size(max = 100) String municipality,
        @NotNull SizeClass sizeClass) {

    RegisterCompanyCommand toCommand(CompanyId companyId) {
        return new RegisterCompanyCommand(companyId, CorporateNumber.of(corporateNumber), name, industry,
                municipality, sizeClass);
    }
}
