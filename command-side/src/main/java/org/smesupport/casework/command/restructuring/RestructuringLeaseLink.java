package org.smesupport.casework.command.restructuring;

import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.smesupport.casework.api.common.CommandFailure;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.RequestLeaseDeferralCommand;
import org.smesupport.casework.api.restructuring.PlannedLeaseReschedule;
import org.smesupport.casework.api.restructuring.RecordLeaseRescheduleOutcomeCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringPlanCompletedEvent;
import org.smesupport.casework.command.common.CommandFailures;
import org.springframework.stereotype.Component;

/**
 * The link from a completed restructuring plan to the lease programme: for every lease contract the plan
 * reschedules, files a deferral request (延納) on the contract, with the plan as its reason and the plan's
 * author as its maker (a supervisor then approves or rejects it there), and records the lease side's answer on
 * the case ({@link RecordLeaseRescheduleOutcomeCommand}).
 *
 * <p>A stateless process manager rather than a saga: one event starts and finishes the whole exchange, so
 * there is no state to keep between events, no association and no saga store (the app has no saga tables).
 * It runs in its own tracking processor, {@value #PROCESSING_GROUP}, so its token, its retries and its
 * failures are its own and never hold up a read model.
 *
 * <p>Safe to run more than once for the same event (delivery is at least once, and a lost token store means
 * it runs over history again):
 * <ul>
 *   <li>contracts whose answer the case already records are skipped (read from the case's events);</li>
 *   <li>the request id is derived from case and contract ({@link #requestIdFor}), so a redelivery after the
 *       request was filed but before its answer was recorded sends the same request again; the lease contract
 *       refuses a request id it already holds (the only refusal about the request id of a non-blank id), and
 *       that refusal means "filed", so the case then records the request id;</li>
 *   <li>{@link DisallowReplay}: a replay of the processor (a token reset) must never file requests again.</li>
 * </ul>
 * A rule violation or an unknown contract is the lease programme's refusal and is recorded as such; anything
 * else (a lost race, an outage) is rethrown, so the processor retries the event and the skips above apply.
 */
@Component
@ProcessingGroup(RestructuringLeaseLink.PROCESSING_GROUP)
@DisallowReplay
class RestructuringLeaseLink {

    static final String PROCESSING_GROUP = "restructuring-lease-link";
    /** The audit metadata of the plan's event that the commands it causes carry: who, in which role, which day. */
    private static final String[] AUDIT_KEYS = {"user", "role", "businessDate"};
    /** The field of the lease contract's refusal of a request id it already holds. */
    private static final String DUPLICATE_REQUEST_FIELD = "requestId";

    private final CommandGateway commandGateway;
    private final LeaseRescheduleOutcomes outcomes;

    RestructuringLeaseLink(CommandGateway commandGateway, LeaseRescheduleOutcomes outcomes) {
        this.commandGateway = commandGateway;
        this.outcomes = outcomes;
    }

    @EventHandler
    void on(RestructuringPlanCompletedEvent event, MetaData metaData) {
        List<PlannedLeaseReschedule> reschedules = event.leaseReschedules();
        if (reschedules == null || reschedules.isEmpty()) {
            return;
        }
        Set<LeaseContractId> recorded = outcomes.recordedFor(event.caseId());
        MetaData audit = metaData.subset(AUDIT_KEYS);
        for (PlannedLeaseReschedule reschedule : reschedules) {
            if (recorded.contains(reschedule.contractId())) {
                continue;
            }
            String requestId = requestIdFor(event.caseId(), reschedule.contractId());
            String refusal = fileDeferral(event, reschedule, requestId, audit);
            send(new RecordLeaseRescheduleOutcomeCommand(event.caseId(), reschedule.contractId(),
                    refusal == null ? requestId : null, refusal), audit);
        }
    }

    /** The same for every delivery of the plan's event: one deferral request per case and contract. */
    static String requestIdFor(RestructuringCaseId caseId, LeaseContractId contractId) {
        return caseId.value() + ":" + contractId.value();
    }

    static String reasonFor(RestructuringPlanCompletedEvent event) {
        return "再生計画 " + event.caseId().value() + ": " + event.planSummary();
    }

    /** {@code null} when the request is filed (now or by an earlier delivery), else the lease side's refusal. */
    private String fileDeferral(RestructuringPlanCompletedEvent event, PlannedLeaseReschedule reschedule,
            String requestId, MetaData audit) {
        try {
            send(new RequestLeaseDeferralCommand(reschedule.contractId(), requestId, event.completedOn(),
                    event.requestedBy(), reasonFor(event), reschedule.revisedInstalments(), null), audit);
            return null;
        } catch (RuntimeException e) {
            CommandFailure failure = CommandFailures.of(e).orElseThrow(() -> e);
            if (CommandFailure.RULE_VIOLATION.equals(failure.kind())) {
                return DUPLICATE_REQUEST_FIELD.equals(failure.field()) ? null : failure.message();
            }
            if (CommandFailure.NOT_FOUND.equals(failure.kind())) {
                return "Lease contract " + reschedule.contractId() + " does not exist.";
            }
            throw e;
        }
    }

    private void send(Object command, MetaData audit) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(audit));
    }
}
