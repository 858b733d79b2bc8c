package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.common.PersonalData;

/** The arrears leave the books (償却): {@code entries} are the written-off unpaid amounts per instalment. */
@Revision("1")
public record LeaseWriteOffApprovedEvent(
        LeaseContractId contractId,
        String requestId,
        LocalDate decidedOn,
        String decidedBy,
        @PersonalData String comment,
        List<ArrearsEntry> entries) {
}
