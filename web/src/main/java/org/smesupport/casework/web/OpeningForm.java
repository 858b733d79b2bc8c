package org.smesupport.casework.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What every form that opens a company's case carries: the case's id, generated when the form is shown so that a
 * double submit opens one case ({@link RecordForms#open}), the company, and the opening date (the business date
 * unless the caseworker back-dates it).
 */
public abstract class OpeningForm {

    @NotBlank
    private String caseId;
    @NotBlank
    private String companyId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openedOn;

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }

    public String getCompanyId() {
        return companyId;
    }

    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }
}
