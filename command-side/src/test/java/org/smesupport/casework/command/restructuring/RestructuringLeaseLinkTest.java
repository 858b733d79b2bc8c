package org.smesupport.casework.command.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandFailure;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.RequestLeaseDeferralCommand;
import org.smesupport.casework.api.restructuring.PlannedLeaseReschedule;
import org.smesupport.casework.api.restructuring.RecordLeaseRescheduleOutcomeCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringPlanCompletedEvent;
import org.smesupport.casework.command.common.BusinessRuleViolation;

/**
 * The lease link against Axon's recording command bus, which answers every command as the lease programme
 * and the case would: filed, refused by a rule, unknown, or a lost race.
 */
class RestructuringLeaseLinkTest {

    private static final RestructuringCaseId CASE = RestructuringCaseId.of("case-1");
    private static final LeaseContractId LEASE_1 = LeaseContractId.of("lease-1");
    private static final LeaseContractId LEASE_2 = LeaseContractId.of("lease-2");
    private static final LocalDate COMPLETED_ON = LocalDate.of(2020, 12, 15);
    private static final List<Instalment> REVISED_1 = List.of(
            new Instalment(3, LocalDate.of(2021, 6, 30), Yen.of(300_000), Yen.of(5_000)));
    private static final List<Instalment> REVISED_2 = List.of(
            new Instalment(5, LocalDate.of(2021, 9, 30), Yen.of(100_000), Yen.ZERO));
    private static final RestructuringPlanCompletedEvent COMPLETED = new RestructuringPlanCompletedEvent(CASE,
            CompanyId.of("company-1"), COMPLETED_ON, false, "返済を3年猶予",
            List.of(new PlannedLeaseReschedule(LEASE_1, REVISED_1), new PlannedLeaseReschedule(LEASE_2, REVISED_2)),
            "sato");
    private static final MetaData PLAN_METADATA = MetaData.with("user", "sato").and("role", "CASEWORKER")
            .and("businessDate", "2020-12-15").and("correlationId", "c-1").and("reason", "計画策定");

    private final RecordingCommandBus commandBus = new RecordingCommandBus();
    private final Set<LeaseContractId> recorded = new HashSet<>();
    private final RestructuringLeaseLink link = new RestructuringLeaseLink(
            DefaultCommandGateway.builder().commandBus(commandBus).build(), caseId -> Set.copyOf(recorded));

    @BeforeEach
    void everyCommandSucceeds() {
        commandBus.setCallbackBehavior((command, metaData) -> new CommandResult("any", 1));
    }

    private List<Object> sent() {
        return commandBus.getDispatchedCommands().stream().map(c -> (Object) c.getPayload()).toList();
    }

    private static RequestLeaseDeferralCommand deferral(LeaseContractId contract, List<Instalment> revised) {
        return new RequestLeaseDeferralCommand(contract, "case-1:" + contract, COMPLETED_ON, "sato",
                "再生計画 case-1: 返済を3年猶予", revised, null);
    }

    private static CommandExecutionException refusedRemotely(String kind, String message, String field) {
        return new CommandExecutionException(message, null, new CommandFailure(kind, message, field, null, List.of()));
    }

    @Test
    void filesADeferralPerPlannedContractAndRecordsTheRequestIds() {
        link.on(COMPLETED, PLAN_METADATA);
        assertThat(sent()).containsExactly(
                deferral(LEASE_1, REVISED_1),
                new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_1, "case-1:lease-1", null),
                deferral(LEASE_2, REVISED_2),
                new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_2, "case-1:lease-2", null));
    }

    @Test
    void commandsCarryThePlansUserRoleAndBusinessDate() {
        link.on(COMPLETED, PLAN_METADATA);
        for (CommandMessage<?> command : commandBus.getDispatchedCommands()) {
            assertThat(command.getMetaData()).containsEntry("user", "sato").containsEntry("role", "CASEWORKER")
                    .containsEntry("businessDate", "2020-12-15").doesNotContainKey("reason");
        }
    }

    @Test
    void recordsTheLeaseProgrammesRefusalWithItsMessage() {
        commandBus.setCallbackBehavior((command, metaData) -> {
            if (command instanceof RequestLeaseDeferralCommand deferral && deferral.contractId().equals(LEASE_1)) {
                throw refusedRemotely(CommandFailure.RULE_VIOLATION,
                        "Deferral request d-9 is still pending; it must be approved or rejected first.", null);
            }
            return new CommandResult("any", 1);
        });
        link.on(COMPLETED, PLAN_METADATA);
        assertThat(sent()).containsExactly(
                deferral(LEASE_1, REVISED_1),
                new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_1, null,
                        "Deferral request d-9 is still pending; it must be approved or rejected first."),
                deferral(LEASE_2, REVISED_2),
                new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_2, "case-1:lease-2", null));
    }

    /** Without the failure interceptor (a local bus in a test) the refusal arrives as the bare exception. */
    @Test
    void recordsABareRuleViolationAndAnUnknownContractAsRefusals() {
        commandBus.setCallbackBehavior((command, metaData) -> {
            if (command instanceof RequestLeaseDeferralCommand deferral) {
                if (deferral.contractId().equals(LEASE_1)) {
                    throw new BusinessRuleViolation("requestedOn", "lease.deferral.beforeContract",
                            LocalDate.of(2021, 1, 1));
                }
                throw refusedRemotely(CommandFailure.NOT_FOUND, "Nothing of this kind is registered under id lease-2.",
                        null);
            }
            return new CommandResult("any", 1);
        });
        link.on(COMPLETED, PLAN_METADATA);
        assertThat(sent()).contains(
                new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_1, null,
                        "A deferral cannot be requested before the contract date 2021-01-01."),
                new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_2, null, "Lease contract lease-2 does not exist."));
    }

    /**
     * Redelivered after the requests were filed but before the answers were recorded: the same request ids are
     * sent again, the contracts refuse them as duplicates, and that means filed.
     */
    @Test
    void redeliveryResendsTheSameRequestsAndTakesTheDuplicateRefusalAsFiled() {
        Set<String> filed = new HashSet<>();
        commandBus.setCallbackBehavior((command, metaData) -> {
            if (command instanceof RequestLeaseDeferralCommand deferral && !filed.add(deferral.requestId())) {
                throw refusedRemotely(CommandFailure.RULE_VIOLATION,
                        "Deferral request " + deferral.requestId() + " already exists on this contract.", "requestId");
            }
            if (command instanceof RecordLeaseRescheduleOutcomeCommand) {
                throw new IllegalStateException("crash before the answer is recorded");
            }
            return new CommandResult("any", 1);
        });
        assertThatThrownBy(() -> link.on(COMPLETED, PLAN_METADATA)).isInstanceOf(IllegalStateException.class);
        commandBus.clearCommands();
        commandBus.setCallbackBehavior((command, metaData) -> {
            if (command instanceof RequestLeaseDeferralCommand deferral && !filed.add(deferral.requestId())) {
                throw refusedRemotely(CommandFailure.RULE_VIOLATION,
                        "Deferral request " + deferral.requestId() + " already exists on this contract.", "requestId");
            }
            return new CommandResult("any", 1);
        });

        link.on(COMPLETED, PLAN_METADATA);

        assertThat(sent()).containsExactly(
                deferral(LEASE_1, REVISED_1),
                new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_1, "case-1:lease-1", null),
                deferral(LEASE_2, REVISED_2),
                new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_2, "case-1:lease-2", null));
    }

    /** Redelivered after the answers were recorded (a lost token, say): nothing is sent again. */
    @Test
    void redeliverySkipsContractsWhoseAnswerIsRecorded() {
        recorded.add(LEASE_1);
        link.on(COMPLETED, PLAN_METADATA);
        assertThat(sent()).containsExactly(
                deferral(LEASE_2, REVISED_2),
                new RecordLeaseRescheduleOutcomeCommand(CASE, LEASE_2, "case-1:lease-2", null));
        commandBus.clearCommands();
        recorded.add(LEASE_2);
        link.on(COMPLETED, PLAN_METADATA);
        assertThat(sent()).isEmpty();
    }

    /** A lost race or an outage is no answer: the event fails, so the processor retries it. */
    @Test
    void conflictsAndUnknownFailuresAreRetriedNotRecorded() {
        commandBus.setCallbackBehavior((command, metaData) -> {
            throw refusedRemotely(CommandFailure.CONFLICT, "changed by someone else", null);
        });
        assertThatThrownBy(() -> link.on(COMPLETED, PLAN_METADATA)).isInstanceOf(CommandExecutionException.class);
        commandBus.clearCommands();
        commandBus.setCallbackBehavior((command, metaData) -> {
            throw new IllegalStateException("connection lost");
        });
        assertThatThrownBy(() -> link.on(COMPLETED, PLAN_METADATA)).isInstanceOf(IllegalStateException.class);
        assertThat(sent()).hasSize(1).allMatch(RequestLeaseDeferralCommand.class::isInstance);
    }

    @Test
    void planWithoutLeaseReschedulesSendsNothing() {
        link.on(new RestructuringPlanCompletedEvent(CASE, CompanyId.of("company-1"), COMPLETED_ON, true, "債権放棄",
                List.of(), "sato"), PLAN_METADATA);
        assertThat(sent()).isEmpty();
    }

    /** Its own processor, and never part of a replay: a reset must not file the requests again. */
    @Test
    void runsInItsOwnProcessingGroupAndRefusesReplays() {
        assertThat(RestructuringLeaseLink.class.getAnnotation(ProcessingGroup.class).value())
                .isEqualTo("restructuring-lease-link");
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(link);
        assertThat(adapter.supportsReset()).isFalse();
        assertThat(adapter.canHandle(GenericEventMessage.asEventMessage(COMPLETED))).isTrue();
    }
}
