package org.smesupport.casework.web.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.smesupport.casework.api.company.IdentityDocument;

/**
 * The company registration form. {@code companyId} is generated when the form is shown, so that a second
 * click on submit names the same company and cannot register it twice.
 */
class CompanyForm extends CompanyDetails {

    @NotBlank
    private String companyId;
    @Pattern(regexp = "\\d{13}|")
    private String corporateNumber;
    /** The document seen instead of a corporate number, for a sole proprietor only (the company checks which). */
    private IdentityDocument identityDocument;

    public String getCompanyId() {
        return companyId;
    }

    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public void setCorporateNumber(String corporateNumber) {
        this.corporateNumber = corporateNumber;
    }

    public IdentityDocument getIdentityDocument() {
        return identityDocument;
    }

    public void setIdentityDocument(IdentityDocument identityDocument) {
        this.identityDocument = identityDocument;
    }
}
