package org.smesupport.casework.web.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A supplier's profile (受注企業登録) as registered, surveyed or registered again: processes, equipment (one a
 * line), certifications, spare hours a month, region and focus fields, and the date. A change names the version
 * the page showed ({@code expectedVersion}), so an overtaken one is refused.
 */
class SupplierForm {

    @NotBlank
    private String companyId;
    @NotEmpty
    private Set<Process> processes = new LinkedHashSet<>();
    @Size(max = 10_000)
    private String equipment;
    private Set<Certification> certifications = new LinkedHashSet<>();
    @NotNull
    @Min(0)
    @Max(10_000)
    private Integer availableHoursPerMonth;
    @NotNull
    private Region region;
    private Set<FocusField> focusFields = new LinkedHashSet<>();
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    private Long expectedVersion;

    static SupplierForm of(SupplierProfile profile) {
        SupplierForm form = new SupplierForm();
        form.setProcesses(new LinkedHashSet<>(profile.processes()));
        form.setEquipment(String.join("\n", profile.equipment()));
        form.setCertifications(new LinkedHashSet<>(profile.certifications()));
        form.setAvailableHoursPerMonth(profile.availableHoursPerMonth());
        form.setRegion(profile.region());
        form.setFocusFields(new LinkedHashSet<>(profile.focusFields()));
        return form;
    }

    SupplierProfile profile() {
        return new SupplierProfile(Set.copyOf(processes), Text.lines(equipment), Set.copyOf(certifications),
                availableHoursPerMonth, region, Set.copyOf(focusFields));
    }

    public String getCompanyId() {
        return companyId;
    }

    public void setCompanyId(String companyId) {
        this.companyId = companyId;
    }

    public Set<Process> getProcesses() {
        return processes;
    }

    public void setProcesses(Set<Process> processes) {
        this.processes = processes == null ? new LinkedHashSet<>() : processes;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String equipment) {
        this.equipment = equipment;
    }

    public Set<Certification> getCertifications() {
        return certifications;
    }

    public void setCertifications(Set<Certification> certifications) {
        this.certifications = certifications == null ? new LinkedHashSet<>() : certifications;
    }

    public Integer getAvailableHoursPerMonth() {
        return availableHoursPerMonth;
    }

    public void setAvailableHoursPerMonth(Integer availableHoursPerMonth) {
        this.availableHoursPerMonth = availableHoursPerMonth;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public Set<FocusField> getFocusFields() {
        return focusFields;
    }

    public void setFocusFields(Set<FocusField> focusFields) {
        this.focusFields = focusFields == null ? new LinkedHashSet<>() : focusFields;
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
