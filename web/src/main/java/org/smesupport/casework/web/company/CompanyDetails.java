package org.smesupport.casework.web.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;

/** The details of a company that registration asks for and a change may replace, with the same rules for both. */
abstract class CompanyDetails {

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
}
