package org.smesupport.casework.command.restructuring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.restructuring.CompleteRestructuringPlanCommand;
import org.smesupport.casework.api.restructuring.PlannedLeaseReschedule;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.command.web.YenAmount;

/**
 * {@code drastic} must be stated (抜本再生 is counted apart from rescheduling); {@code leaseReschedules} may be
 * left out: none. The requesting user is the signed-in one, never a field of the body.
 */
record CompleteRestructuringPlanRequest(
        @NotNull LocalDate completedOn,
        @NotNull Boolean drastic,
        @NotBlank @Size(max = RestructuringCase.MAX_SUMMARY_LENGTH) String planSummary,
        @Size(max = 100) List<@Valid @NotNull LeaseReschedule> leaseReschedules) {

    /** Instalments as the lease programme's deferral request takes them (amounts in whole yen). */
    record LeaseReschedule(
            @NotBlank String contractId,
            @NotEmpty @Size(max = 240) List<@Valid @NotNull RevisedInstalment> revisedInstalments) {

        PlannedLeaseReschedule toReschedule() {
            return new PlannedLeaseReschedule(LeaseContractId.of(contractId),
                    revisedInstalments.stream().map(RevisedInstalment::toInstalment).toList());
        }
    }

    record RevisedInstalment(
            @NotNull @Positive Integer number,
            @NotNull LocalDate dueDate,
            @NotNull @PositiveOrZero @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal principal,
            @NotNull @PositiveOrZero @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal interest) {

        Instalment toInstalment() {
            return new Instalment(number, dueDate, YenAmount.of(principal), YenAmount.of(interest));
        }
    }

    CompleteRestructuringPlanCommand toCommand(RestructuringCaseId caseId, String requestedBy) {
        List<PlannedLeaseReschedule> reschedules = leaseReschedules == null ? List.of()
                : leaseReschedules.stream().map(LeaseReschedule::toReschedule).toList();
        return new CompleteRestructuringPlanCommand(caseId, completedOn, drastic, planSummary, reschedules,
                requestedBy);
    }
}
