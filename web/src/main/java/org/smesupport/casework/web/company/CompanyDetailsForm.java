package org.smesupport.casework.web.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;

/**
 * Changing a company's details: everything but its corporate number (or the document seen instead), which never
 * changes; {@code expectedVersion} is the version the form showed, so an overtaken change is refused.
 */
class CompanyDetailsForm {

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
    @NotNull
    private Long expectedVersion;

    static CompanyDetailsForm of(CompanyView company) {
        CompanyDetailsForm form = new CompanyDetailsForm();
        form.setName(company.name());
        form.setIndustry(company.industry());
        form.setMunicipality(company.municipality());
        form.setSizeClass(company.sizeClass());
        form.setExpectedVersion(company.version());
        return form;
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

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
