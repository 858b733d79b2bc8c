package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.ReceiveOrderRequestCommand;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.command.web.YenAmount;

/**
 * {@code budget} (whole yen), {@code preferredRegion} and {@code focusField} may be left out: none;
 * {@code requiredCertifications} too: none required.
 */
record ReceiveOrderRequestRequest(
        @NotBlank @Size(max = OrderRequest.MAX_FIRM_NAME_LENGTH) String orderingFirm,
        @NotNull Region orderingFirmRegion,
        @NotBlank @Size(max = OrderRequest.MAX_WORK_LENGTH) String work,
        @NotEmpty Set<@NotNull Process> processes,
        @NotNull @Min(1) Integer quantity,
        @NotNull LocalDate deliveryBy,
        @PositiveOrZero @Digits(integer = YenAmount.MAX_DIGITS, fraction = 0) BigDecimal budget,
        Region preferredRegion,
        Set<@NotNull Certification> requiredCertifications,
        FocusField focusField,
        @NotNull LocalDate receivedOn) {

    ReceiveOrderRequestCommand toCommand(OrderRequestId orderRequestId) {
        return new ReceiveOrderRequestCommand(orderRequestId, new OrderRequestDetails(orderingFirm, orderingFirmRegion,
                work, Set.copyOf(processes), quantity, deliveryBy, YenAmount.of(budget), preferredRegion,
                requiredCertifications == null ? Set.of() : Set.copyOf(requiredCertifications), focusField),
                receivedOn);
    }
}
