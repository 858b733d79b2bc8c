package org.smesupport.casework.command.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.company.UpdateCompanyCommand;

/** {@code expectedVersion} is optional: without it the update applies to whatever version is current. */
record UpdateCompanyRequest(
        @NotBlank @Size(max = Company.MAX_NAME_LENGTH) String name,
        @NotNull Industry industry,
        @NotBlank @Size(max = 100) String municipality,
        @NotNull SizeClass sizeClass,
        @PositiveOrZero Long expectedVersion) {

    UpdateCompanyCommand toCommand(CompanyId companyId) {
        return new UpdateCompanyCommand(companyId, name, industry, municipality, sizeClass, expectedVersion);
    }
}
