package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Instalments that fell into arrears (延滞発生) at the close of {@code businessDate}: unpaid more than
 * {@code graceDays} after their due date (absent from events stored before the grace days were recorded,
 * which were all closed with the default of 0).
 */
@Revision("1")
public record LeaseArrearsArisenEvent(
        LeaseContractId contractId,
        LocalDate businessDate,
        List<ArrearsEntry> entries,
        Integer graceDays) {
}
