package org.smesupport.casework.web.restructuring;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Moving the case into its next stage; {@code expectedVersion} is the case's version the page showed, so a stale
 * page or a second click is refused rather than moving the case twice.
 */
class AdvanceForm {

    @NotNull
    private RestructuringStage stage;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    @NotNull
    private Long expectedVersion;

    public RestructuringStage getStage() {
        return stage;
    }

    public void setStage(RestructuringStage stage) {
        this.stage = stage;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public Long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(Long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
