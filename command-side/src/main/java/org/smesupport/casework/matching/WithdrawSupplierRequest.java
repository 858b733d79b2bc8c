package org.smesupport.casework.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record WithdrawSupplierRequest(
        @NotNull LocalDate withdrawnOn,
        @NotBlank @Size(max = 1000) String reason) {

    WithdrawSupplierCommand toCommand(SupplierId supplierId) {
        return new WithdrawSupplierCommand(supplierId, withdrawnOn, reason);
    }
}
