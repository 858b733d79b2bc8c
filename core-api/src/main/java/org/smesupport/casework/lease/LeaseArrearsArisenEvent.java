package org.smesupport.casework.lease;

import java.time.LocalDate;
import java.util.List;

/** Instalments that fell into arrears (延滞発生) at the close of {@code businessDate}. */
public record LeaseArrearsArisenEvent(
        LeaseContractId contractId,
        LocalDate businessDate,
        List<ArrearsEntry> entries) {
}
