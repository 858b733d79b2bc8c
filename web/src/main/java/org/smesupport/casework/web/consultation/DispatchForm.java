package org.smesupport.casework.web.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.consultation.ExpertDispatchKind;
import org.springframework.format.annotation.DateTimeFormat;

/** An expert dispatched to the firm (専門家派遣); {@code expectedVersion} is the case's version the page showed. */
class DispatchForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dispatchedOn;
    @NotNull
    private ExpertDispatchKind kind;
    @NotBlank
    @Size(max = 200)
    private String expert;
    @Size(max = 4000)
    private String notes;
    @NotNull
    private Long expectedVersion;

    public LocalDate getDispatchedOn() {
        return dispatchedOn;
    }

    public void setDispatchedOn(LocalDate dispatchedOn) {
        this.dispatchedOn = dispatchedOn;
    }

    public ExpertDispatchKind getKind() {
        return kind;
    }

    public void setKind(ExpertDispatchKind kind) {
        this.kind = kind;
    }

    public String getExpert() {
        return expert;
    }

    public void setExpert(String expert) {
        this.expert = expert;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
