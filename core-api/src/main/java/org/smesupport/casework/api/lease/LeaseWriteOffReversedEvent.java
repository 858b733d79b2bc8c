package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A write-off undone: {@code entries} (the written-off amounts not recovered since) return to arrears;
 * the receivables roll-forward counts them as a negative write-off on {@code reversedOn}.
 */
@Revision("1")
public record LeaseWriteOffReversedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate reversedOn,
        String reversedBy,
        String reason,
        List<ArrearsEntry> entries) {
}
