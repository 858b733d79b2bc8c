package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.api.common.Reasoned;

/**
 * A caseworker asks to defer payments (延納): {@code revisedInstalments} replace every instalment that is
 * neither paid nor in arrears, numbered on from the last instalment kept, with the same principal in all.
 * Arrears are not deferred: they are recovered or written off, so the receivables roll-forward holds.
 * {@code requestedBy} is the signed-in user (maker-checker needs to know who asked).
 */
public record RequestLeaseDeferralCommand(
        @TargetAggregateIdentifier LeaseContractId contractId,
        String requestId,
        @CountsInFiscalYear @NotAfterBusinessDate LocalDate requestedOn,
        String requestedBy,
        String reason,
        List<Instalment> revisedInstalments,
        @TargetAggregateVersion Long expectedVersion) implements Reasoned {
}
