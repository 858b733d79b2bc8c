package org.smesupport.casework.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

record IntroduceSupplierRequest(
        @NotBlank String supplierId,
        @NotNull LocalDate introducedOn) {

    IntroduceSupplierCommand toCommand(OrderRequestId orderRequestId, String referralId) {
        return new IntroduceSupplierCommand(orderRequestId, referralId, SupplierId.of(supplierId), introducedOn);
    }
}
