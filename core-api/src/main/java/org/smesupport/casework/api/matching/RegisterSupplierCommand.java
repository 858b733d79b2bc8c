package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.company.CompanyId;

/** A registered client company applies to take orders (受注申込 / 受注企業登録). */
public record RegisterSupplierCommand(
        @TargetAggregateIdentifier SupplierId supplierId,
        CompanyId companyId,
        SupplierProfile profile,
        @CountsInFiscalYear LocalDate registeredOn) {
}
