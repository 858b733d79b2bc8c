package org.smesupport.casework.web.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Handing a case to a caseworker (the user name they sign in with), from the day given. */
class AssignForm {

    @NotBlank
    @Size(max = 100)
    private String caseworker;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assignedOn;
    @NotNull
    private Long expectedVersion;

    public String getCaseworker() {
        return caseworker;
    }

    public void setCaseworker(String caseworker) {
        this.caseworker = caseworker;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public void setAssignedOn(LocalDate assignedOn) {
        this.assignedOn = assignedOn;
    }

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
