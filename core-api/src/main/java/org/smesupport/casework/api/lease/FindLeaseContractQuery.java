package org.smesupport.casework.api.lease;

import java.time.LocalDate;

/** One contract in detail; instalment states, days past due and the arrears bucket are as of {@code asOf}. */
public record FindLeaseContractQuery(LeaseContractId contractId, LocalDate asOf) {
}
