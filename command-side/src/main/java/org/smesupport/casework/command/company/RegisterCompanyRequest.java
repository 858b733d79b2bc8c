package org.smesupport.casework.command.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.IdentityDocument;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.SizeClass;

/**
 * {@code corporateNumber} for a corporation; a sole proprietor (個人事業主) has none and gives
 * {@code identityDocument} instead (the aggregate says which is missing). {@code kana}, the name's reading, is optional.
 */
record RegisterCompanyRequest(
        @ValidCorporateNumber String corporateNumber,
        @NotBlank @Size(max = Company.MAX_NAME_LENGTH) String name,
        @NotNull Industry industry,
        @NotBlank @Size(max = 100) String municipality,
        @NotNull SizeClass sizeClass,
        IdentityDocument identityDocument,
        @Size(max = Company.MAX_NAME_LENGTH) String kana) {

    RegisterCompanyCommand toCommand(CompanyId companyId) {
        return new RegisterCompanyCommand(companyId, corporateNumber == null ? null : CorporateNumber.of(corporateNumber),
                name, industry, municipality, sizeClass, identityDocument, kana);
    }
}
