package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to {@link FindContractsDueForArrearsQuery}: each contract with the due date of its earliest
 * instalment that is unpaid and not yet in arrears, so that a catch-up over several days can tell which
 * day each contract is due on without asking again.
 */
public record ContractsDueForArrears(List<Due> contracts) {

    public ContractsDueForArrears {
        contracts = List.copyOf(contracts);
    }

    public record Due(LeaseContractId contractId, LocalDate nextUnflaggedDueDate) {
    }
}
