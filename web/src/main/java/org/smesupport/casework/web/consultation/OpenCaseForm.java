package org.smesupport.casework.web.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.consultation.Desk;
import org.springframework.format.annotation.DateTimeFormat;

/** Opening a consultation case; {@code caseId} is generated with the form, so a double submit opens one case. */
class OpenCaseForm {

    @NotBlank
    private String caseId;
    @NotBlank
    private String companyId;
    @NotNull
    private Desk desk;
    @NotBlank
    @Size(max = 500)
    private String subject;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openedOn;
    /** Assigns the case to the signed-in caseworker as it opens. */
    private boolean assignToMe = true;

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

    public Desk getDesk() {
        return desk;
    }

    public void setDesk(Desk desk) {
        this.desk = desk;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public boolean isAssignToMe() {
        return assignToMe;
    }

    public void setAssignToMe(boolean assignToMe) {
        this.assignToMe = assignToMe;
    }
}
