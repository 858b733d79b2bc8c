package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.IntroduceSupplierCommand;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.SupplierId;

record IntroduceSupplierRequest(
        @NotBlank String supplierId,
        @NotNull LocalDate introducedOn) {

    IntroduceSupplierCommand toCommand(OrderRequestId orderRequestId, String referralId) {
        return new IntroduceSupplierCommand(orderRequestId, referralId, SupplierId.of(supplierId), introducedOn);
    }
}
