package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.RegisterSupplierCommand;
import org.smesupport.casework.api.matching.SupplierProfile;

/**
 * The supplier's id is not part of the body: it is derived from {@code companyId} (see {@link Supplier}).
 * {@code equipment}, {@code certifications} and {@code focusFields} may be left out: none.
 */
record RegisterSupplierRequest(
        @NotBlank String companyId,
        @NotEmpty Set<@NotNull Process> processes,
        @Size(max = Supplier.MAX_EQUIPMENT_ENTRIES)
        List<@NotBlank @Size(max = Supplier.MAX_EQUIPMENT_LENGTH) String> equipment,
        Set<@NotNull Certification> certifications,
        @NotNull @Min(0) @Max(Supplier.MAX_HOURS_PER_MONTH) Integer availableHoursPerMonth,
        @NotNull Region region,
        Set<@NotNull FocusField> focusFields,
        @NotNull LocalDate registeredOn) {

    RegisterSupplierCommand toCommand() {
        CompanyId company = CompanyId.of(companyId);
        return new RegisterSupplierCommand(Supplier.idFor(company), company,
                profile(processes, equipment, certifications, availableHoursPerMonth, region, focusFields),
                registeredOn);
    }

    /** The profile as the body states it, left-out lists as empty ones. */
    static SupplierProfile profile(Set<Process> processes, List<String> equipment, Set<Certification> certifications,
            int availableHoursPerMonth, Region region, Set<FocusField> focusFields) {
        return new SupplierProfile(Set.copyOf(processes), equipment == null ? List.of() : List.copyOf(equipment),
                certifications == null ? Set.of() : Set.copyOf(certifications), availableHoursPerMonth, region,
                focusFields == null ? Set.of() : Set.copyOf(focusFields));
    }
}
