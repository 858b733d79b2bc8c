package org.smesupport.casework.lease;

import java.time.LocalDate;

/**
 * Asked by the close-of-business run: the active contracts with an instalment that is unpaid, not yet in
 * arrears and due on or before {@code dueOnOrBefore}. A read model that lags only delays a contract to
 * the next run, which is idempotent.
 */
public record FindContractsDueForArrearsQuery(LocalDate dueOnOrBefore) {
}
