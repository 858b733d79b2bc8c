package org.smesupport.casework.api.lease;

import java.time.LocalDate;

/**
 * Asked by the close-of-business run: the active contracts with an instalment that is unpaid, not yet in
 * arrears and due on or before {@code dueOnOrBefore}, answered as {@link ContractsDueForArrears}. Refused
 * while the read model has not applied every stored event, so the run never closes a day on part of them.
 */
public record FindContractsDueForArrearsQuery(LocalDate dueOnOrBefore) {
}
