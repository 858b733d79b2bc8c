package org.smesupport.casework.web.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.api.company.IdentityDocument;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;

/**
 * The company registration form. {@code companyId} is generated when the form is shown, so that a second
 * click on submit names the same company and cannot register it twice.
 */
class CompanyForm {

    @NotBlank
    private String companyId;
    @Pattern(regexp = "\\d{13}|")
    private String corporateNumber;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotNull
    private Industry industry;
    @NotBlank
    @Size(max = 100)
    private String municipality;
    @NotNull
    private SizeClass sizeClass;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public void setSizeClass(SizeClass sizeClass) {
        this.sizeClass = sizeClass;
    }

    public IdentityDocument getIdentityDocument() {
        return identityDocument;
    }

    public void setIdentityDocument(IdentityDocument identityDocument) {
        this.identityDocument = identityDocument;
    }
}
