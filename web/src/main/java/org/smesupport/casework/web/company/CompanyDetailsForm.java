package org.smesupport.casework.web.company;

import jakarta.validation.constraints.NotNull;
import org.smesupport.casework.api.company.CompanyView;

/**
 * Changing a company's details: everything but its corporate number (or the document seen instead), which never
 * changes; {@code expectedVersion} is the version the form showed, so an overtaken change is refused.
 */
class CompanyDetailsForm extends CompanyDetails {

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

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
