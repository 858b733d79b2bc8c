package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the close-of-business run for {@code businessDate} finished, so that after a restart
 * the runner knows from which date to catch up. There is one ledger ({@link #LEDGER_ID}).
 */
public record CompleteCloseOfBusinessCommand(
        @TargetAggregateIdentifier String ledgerId,
        LocalDate businessDate,
        int contractsExamined,
        int contractsWithNewArrears) {

    public static final String LEDGER_ID = "close-of-business";
}
