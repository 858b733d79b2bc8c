package org.smesupport.casework.command.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.WithdrawSupplierCommand;

record WithdrawSupplierRequest(
        @NotNull LocalDate withdrawnOn,
        @NotBlank @Size(max = 1000) String reason) {

    WithdrawSupplierCommand toCommand(SupplierId supplierId) {
        return new WithdrawSupplierCommand(supplierId, withdrawnOn, reason);
    }
}
