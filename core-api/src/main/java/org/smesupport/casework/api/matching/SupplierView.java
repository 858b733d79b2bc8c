package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import org.smesupport.casework.api.company.CompanyId;

/**
 * A supplier as the read model holds it: {@code profileSurveyedOn} is the date of the last profile update
 * ({@code null} before the first), {@code withdrawnOn} and {@code withdrawalReason} are set once withdrawn;
 * {@code version} is the sequence of the supplier's last event applied.
 */
public record SupplierView(
        SupplierId supplierId,
        CompanyId companyId,
        String companyName,
        SupplierProfile profile,
        SupplierStatus status,
        LocalDate registeredOn,
        LocalDate profileSurveyedOn,
        LocalDate withdrawnOn,
        String withdrawalReason,
        long version) {
}
