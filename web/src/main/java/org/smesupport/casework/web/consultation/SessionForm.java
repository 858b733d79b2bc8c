package org.smesupport.casework.web.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Recording a consultation session. {@code expectedVersion} is the case's version the page showed: a second click
 * on submit, or a colleague's entry in between, is refused as a change made meanwhile rather than recorded twice.
 */
class SessionForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    @NotNull
    private ConsultationCategory category;
    @NotBlank
    @Size(max = 100)
    private String counsellor;
    @NotNull
    @Min(1)
    @Max(1440)
    private Integer durationMinutes;
    @Size(max = 4000)
    private String notes;
    private boolean lawyerConsultation;
    @NotNull
    private Long expectedVersion;

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public ConsultationCategory getCategory() {
        return category;
    }

    public void setCategory(ConsultationCategory category) {
        this.category = category;
    }

    public String getCounsellor() {
        return counsellor;
    }

    public void setCounsellor(String counsellor) {
        this.counsellor = counsellor;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isLawyerConsultation() {
        return lawyerConsultation;
    }

    public void setLawyerConsultation(boolean lawyerConsultation) {
        this.lawyerConsultation = lawyerConsultation;
    }

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
