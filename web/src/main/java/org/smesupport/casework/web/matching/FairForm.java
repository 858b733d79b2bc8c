package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.FairFormat;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Planning a matching fair (商談会): its name, dates, format, focus area (optional) and partner organisations (one a
 * line). Its id is fixed when the form is shown, so a second submit plans nothing twice.
 */
class FairForm {

    @NotBlank
    private String fairId;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @NotNull
    private FairFormat format;
    @Size(max = 200)
    private String focusArea;
    @Size(max = 10_000)
    private String partners;

    public String getFairId() {
        return fairId;
    }

    public void setFairId(String fairId) {
        this.fairId = fairId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public FairFormat getFormat() {
        return format;
    }

    public void setFormat(FairFormat format) {
        this.format = format;
    }

    public String getFocusArea() {
        return focusArea;
    }

    public void setFocusArea(String focusArea) {
        this.focusArea = focusArea;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }
}
