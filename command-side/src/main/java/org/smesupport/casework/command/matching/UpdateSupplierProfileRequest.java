package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.UpdateSupplierProfileCommand;

/** The whole profile as surveyed; {@code expectedVersion} is optional. Left-out lists are empty ones. */
record UpdateSupplierProfileRequest(
        @NotEmpty Set<@NotNull Process> processes,
        @Size(max = Supplier.MAX_EQUIPMENT_ENTRIES)
        List<@NotBlank @Size(max = Supplier.MAX_EQUIPMENT_LENGTH) String> equipment,
        Set<@NotNull Certification> certifications,
        @NotNull @Min(0) @Max(Supplier.MAX_HOURS_PER_MONTH) Integer availableHoursPerMonth,
        @NotNull Region region,
        Set<@NotNull FocusField> focusFields,
        @NotNull LocalDate surveyedOn,
        @PositiveOrZero Long expectedVersion) {

    UpdateSupplierProfileCommand toCommand(SupplierId supplierId) {
        return new UpdateSupplierProfileCommand(supplierId, RegisterSupplierRequest.profile(processes, equipment,
                certifications, availableHoursPerMonth, region, focusFields), surveyedOn, expectedVersion);
    }
}
