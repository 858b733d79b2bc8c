package org.smesupport.casework.command.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandFailure;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseDeferralRequestedEvent;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.api.lease.RequestLeaseDeferralCommand;
import org.smesupport.casework.api.restructuring.AddCreditorCommand;
import org.smesupport.casework.api.restructuring.AdvanceRestructuringStageCommand;
import org.smesupport.casework.api.restructuring.ApplySpecialReschedulingCommand;
import org.smesupport.casework.api.restructuring.CompleteRestructuringPlanCommand;
import org.smesupport.casework.api.restructuring.CreditorKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStepRecordedEvent;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRefusedEvent;
import org.smesupport.casework.api.restructuring.LeaseRescheduleRequestedEvent;
import org.smesupport.casework.api.restructuring.OpenRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.PlannedLeaseReschedule;
import org.smesupport.casework.api.restructuring.RecordCreditorConsentCommand;
import org.smesupport.casework.api.restructuring.RecordImprovementSubsidyStepCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringPlanCompletedEvent;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.command.common.CommandFailureInterceptor;
import org.smesupport.casework.command.common.CommandFailures;
import org.smesupport.casework.command.company.CompanyAggregates;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.company.CorporateNumberRegistry;
import org.smesupport.casework.command.lease.EventStoreLeaseContractRegistry;
import org.smesupport.casework.command.lease.LeaseContractRegistry;

/**
 * Companies, lease contracts, restructuring cases and subsidy files on one command bus with one shared
 * cache, the event-store registries and the failure interceptor, as the app wires them; and the lease link
 * in its own tracking processor, so a completed plan really files deferral requests on real contracts.
 */
class RestructuringWiringTest {

    private static final CompanyId COMPANY = CompanyId.of("company-1");
    private static final RestructuringCaseId CASE = RestructuringCaseId.of("case-1");
    private static final LeaseContractId LEASE = LeaseContractId.of("lease-1");
    private static final LeaseContractId NO_LEASE = LeaseContractId.of("lease-404");
    private static final LocalDate COMPLETED_ON = LocalDate.of(2020, 12, 15);
    /** The contract's 4 quarterly instalments of ¥300,000 principal, none paid, moved into two later ones. */
    private static final List<Instalment> REVISED = List.of(
            new Instalment(1, LocalDate.of(2021, 6, 30), Yen.of(600_000), Yen.ZERO),
            new Instalment(2, LocalDate.of(2021, 12, 31), Yen.of(600_000), Yen.ZERO));
    private static final Map<String, String> SATO = Map.of("user", "sato", "role", "CASEWORKER");

    private Configuration axon;
    private CommandGateway commands;

    /**
     * The lease contract is package-private in its own package and, unlike {@link CompanyAggregates}, has no
     * test helper there; Axon instantiates aggregates reflectively anyway.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static AggregateConfigurer<?> leaseContracts(WeakReferenceCache cache) throws ClassNotFoundException {
        Class leaseContract = Class.forName("org.smesupport.casework.command.lease.LeaseContract");
        return AggregateConfigurer.defaultConfiguration(leaseContract).configureCache(c -> cache);
    }

    @BeforeEach
    void start() throws Exception {
        WeakReferenceCache cache = new WeakReferenceCache();
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureCorrelationDataProviders(c -> List.of(new SimpleCorrelationDataProvider("user", "role")))
                .configureAggregate(CompanyAggregates.configuration(cache))
                .configureAggregate(CompanyAggregates.claims())
                .registerComponent(CorporateNumberRegistry.class, CompanyAggregates::corporateNumbers)
                .configureAggregate(leaseContracts(cache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(RestructuringCase.class)
                        .configureCache(c -> cache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(ImprovementSubsidy.class)
                        .configureCache(c -> cache))
                .registerComponent(CompanyRegistry.class, CompanyAggregates::registry)
                .registerComponent(LeaseContractRegistry.class, c -> new EventStoreLeaseContractRegistry(c.eventStore()))
                .registerComponent(LeaseRescheduleOutcomes.class, c -> new EventStoreLeaseRescheduleOutcomes(c.eventStore()))
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor(RestructuringLeaseLink.PROCESSING_GROUP,
                                Configuration::eventStore, c -> TrackingEventProcessorConfiguration
                                        .forSingleThreadedProcessing()
                                        .andEventAvailabilityTimeout(50, TimeUnit.MILLISECONDS))
                        .registerEventHandler(c -> new RestructuringLeaseLink(c.commandGateway(),
                                c.getComponent(LeaseRescheduleOutcomes.class))))
                .buildConfiguration();
        axon.start();
        awaitLinkClaimed();
        axon.commandBus().registerHandlerInterceptor(new CommandFailureInterceptor());
        commands = axon.commandGateway();
        commands.sendAndWait(new RegisterCompanyCommand(COMPANY, CorporateNumber.of("7000012050002"), "かながわ精工",
                Industry.MANUFACTURING, "川崎市", SizeClass.SMALL, null));
        commands.sendAndWait(new OpenLeaseContractCommand(LEASE, COMPANY, ContractKind.LEASE, "複合機",
                Yen.of(1_200_000), Yen.ZERO, 12, PaymentFrequency.QUARTERLY, 1000, 0, LocalDate.of(2020, 4, 1),
                LocalDate.of(2020, 6, 30)));
    }

    /**
     * Axon's default first token is a replay up to the head at the processor's first claim, so events stored
     * before it count as history, which the link (replays disallowed) skips, as it does in the app on its
     * first start. The tests' events must come after the claim.
     */
    private void awaitLinkClaimed() {
        TrackingEventProcessor link = axon.eventProcessingConfiguration()
                .eventProcessor(RestructuringLeaseLink.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(10))
                .until(() -> !link.processingStatus().isEmpty());
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private List<Object> events(String id) {
        return axon.eventStore().readEvents(id).asStream().map(e -> (Object) e.getPayload()).toList();
    }

    /** The link runs on the processor's thread; its commands' events are stored when its batch commits. */
    private List<Object> awaitEvents(String id, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> events(id), events -> events.size() >= count);
    }

    private CommandFailure failureOf(Object command) {
        Throwable thrown = catchThrowable(() -> commands.sendAndWait(command));
        return CommandFailures.of(thrown).orElseThrow(() -> new AssertionError("unrecognised", thrown));
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(SATO));
    }

    private void caseInPlanDrafting() {
        send(new OpenRestructuringCaseCommand(CASE, COMPANY, "売上急減", LocalDate.of(2020, 5, 11)));
        send(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.SECOND_STAGE, LocalDate.of(2020, 6, 1), 0L));
        send(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.PLAN_DRAFTING, LocalDate.of(2020, 7, 1), 1L));
        send(new AddCreditorCommand(CASE, "横浜銀行", CreditorKind.BANK));
        send(new RecordCreditorConsentCommand(CASE, "横浜銀行", true, LocalDate.of(2020, 12, 1)));
    }

    private void completePlan(List<PlannedLeaseReschedule> reschedules) {
        send(new CompleteRestructuringPlanCommand(CASE, COMPLETED_ON, false, "返済を1年猶予", reschedules, "sato"));
    }

    @Test
    void completedPlanFilesTheDeferralAsThePlansAuthorAndRecordsTheAnswer() throws Exception {
        caseInPlanDrafting();
        completePlan(List.of(new PlannedLeaseReschedule(LEASE, REVISED)));

        List<Object> caseEvents = awaitEvents("case-1", 7);

        assertThat(caseEvents.get(6)).isEqualTo(new LeaseRescheduleRequestedEvent(CASE, LEASE, "case-1:lease-1"));
        DomainEventMessage<?> requested = axon.eventStore().readEvents("lease-1").asStream().toList().get(1);
        assertThat(requested.getPayload()).isEqualTo(new LeaseDeferralRequestedEvent(LEASE, "case-1:lease-1",
                COMPLETED_ON, "sato", "再生計画 case-1: 返済を1年猶予", REVISED, List.of(1, 2, 3, 4)));
        assertThat(requested.getMetaData()).containsEntry("user", "sato").containsEntry("role", "CASEWORKER");
    }

    @Test
    void aPlanNamingAContractThatDoesNotExistIsRefusedBeforeAnythingIsFiled() {
        caseInPlanDrafting();

        assertThat(failureOf(new CompleteRestructuringPlanCommand(CASE, COMPLETED_ON, false, "返済を1年猶予",
                List.of(new PlannedLeaseReschedule(LEASE, REVISED), new PlannedLeaseReschedule(NO_LEASE, REVISED)),
                "sato"))).isEqualTo(new CommandFailure(CommandFailure.RULE_VIOLATION,
                "There is no lease contract lease-404.", "leaseReschedules",
                "restructuring.leaseReschedules.unknownContract", List.of("lease-404")));
        assertThat(events("case-1")).as("the case, still drafting").hasSize(5);
        assertThat(events("lease-1")).as("no deferral filed").hasSize(1);
    }

    @Test
    void redeliveredPlanChangesNothing() throws Exception {
        caseInPlanDrafting();
        completePlan(List.of(new PlannedLeaseReschedule(LEASE, REVISED)));
        awaitEvents("case-1", 7);
        DomainEventMessage<?> plan = axon.eventStore().readEvents("case-1").asStream().toList().get(5);

        new RestructuringLeaseLink(commands, new EventStoreLeaseRescheduleOutcomes(axon.eventStore()))
                .on((RestructuringPlanCompletedEvent) plan.getPayload(), plan.getMetaData());

        assertThat(events("case-1")).hasSize(7);
        assertThat(events("lease-1")).hasSize(2);
    }

    /** An earlier delivery filed the request and stopped before recording it: the contract's duplicate check says so. */
    @Test
    void requestFiledByAnEarlierDeliveryIsRecordedAsFiled() throws Exception {
        caseInPlanDrafting();
        send(new RequestLeaseDeferralCommand(LEASE, "case-1:lease-1", COMPLETED_ON, "sato", "再生計画 case-1: 返済を1年猶予",
                REVISED, null));
        completePlan(List.of(new PlannedLeaseReschedule(LEASE, REVISED)));

        assertThat(awaitEvents("case-1", 7).get(6)).isEqualTo(new LeaseRescheduleRequestedEvent(CASE, LEASE,
                "case-1:lease-1"));
        assertThat(events("lease-1")).hasSize(2);
    }

    @Test
    void leaseProgrammesRefusalIsRecordedWithItsMessage() throws Exception {
        caseInPlanDrafting();
        send(new RequestLeaseDeferralCommand(LEASE, "d-1", LocalDate.of(2020, 11, 1), "suzuki", "売上減少", REVISED, null));
        completePlan(List.of(new PlannedLeaseReschedule(LEASE, REVISED)));

        assertThat(awaitEvents("case-1", 7).get(6)).isEqualTo(new LeaseRescheduleRefusedEvent(CASE, LEASE,
                "Deferral request d-1 is still pending; it must be approved or rejected before another deferral is "
                        + "requested."));
    }

    @Test
    void opensCaseOnlyForRegisteredCompanyAndReturnsVersions() {
        assertThat(failureOf(new OpenRestructuringCaseCommand(CASE, CompanyId.of("lease-1"), "相談",
                LocalDate.of(2020, 5, 11)))).isEqualTo(new CommandFailure(CommandFailure.RULE_VIOLATION,
                "Company lease-1 is not registered.", "companyId",
                "restructuring.companyId.unknownCompany", List.of("lease-1")));
        commands.sendAndWait(new OpenRestructuringCaseCommand(CASE, COMPANY, "相談", LocalDate.of(2020, 5, 11)));
        CommandResult advanced = commands.sendAndWait(new AdvanceRestructuringStageCommand(CASE,
                RestructuringStage.SECOND_STAGE, LocalDate.of(2020, 6, 1), 0L));
        assertThat(advanced).isEqualTo(new CommandResult("case-1", 1));
        assertThat(failureOf(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.PLAN_DRAFTING,
                LocalDate.of(2020, 7, 1), 0L)).kind()).isEqualTo(CommandFailure.CONFLICT);
    }

    @Test
    void caseCommandOnAnIdOfAnotherKindIsNotFound() {
        assertThat(failureOf(new ApplySpecialReschedulingCommand(RestructuringCaseId.of("lease-1"),
                LocalDate.of(2020, 6, 1), null)).kind()).isEqualTo(CommandFailure.NOT_FOUND);
    }

    @Test
    void subsidyFileIsCreatedByItsUsageApplicationAndRunsThroughItsSteps() {
        ImprovementSubsidyId file = ImprovementSubsidyId.of("subsidy-1");
        CommandResult opened = commands.sendAndWait(new RecordImprovementSubsidyStepCommand(file,
                ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED, COMPANY, ImprovementSubsidyKind.IMPROVEMENT_PLAN,
                null, null, LocalDate.of(2020, 5, 1)));
        assertThat(opened).isEqualTo(new CommandResult("subsidy-1", 0));
        commands.sendAndWait(new RecordImprovementSubsidyStepCommand(file,
                ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED, null, null, null, true, LocalDate.of(2020, 5, 10)));
        CommandResult payment = commands.sendAndWait(new RecordImprovementSubsidyStepCommand(file,
                ImprovementSubsidyStep.PAYMENT_APPLICATION_RECEIVED, null, null, Yen.of(3_300_000), null,
                LocalDate.of(2020, 9, 1)));
        assertThat(payment).isEqualTo(new CommandResult("subsidy-1", 2));
        assertThat(events("subsidy-1").get(2)).isEqualTo(new ImprovementSubsidyStepRecordedEvent(file, COMPANY,
                ImprovementSubsidyKind.IMPROVEMENT_PLAN, ImprovementSubsidyStep.PAYMENT_APPLICATION_RECEIVED, null,
                Yen.of(3_300_000), Yen.of(2_200_000), Yen.of(2_000_000), Yen.of(2_000_000), LocalDate.of(2020, 9, 1)));
    }

    @Test
    void subsidyStepWithoutAFileIsNotFoundAndUnknownCompanyIsRefused() {
        assertThat(failureOf(new RecordImprovementSubsidyStepCommand(ImprovementSubsidyId.of("nothing"),
                ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED, null, null, null, true, LocalDate.of(2020, 5, 10))))
                .isEqualTo(new CommandFailure(CommandFailure.NOT_FOUND,
                        "Nothing of this kind is registered under id nothing.", null, "common.notFound",
                        List.of("nothing")));
        assertThat(failureOf(new RecordImprovementSubsidyStepCommand(ImprovementSubsidyId.of("subsidy-2"),
                ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED, CompanyId.of("nobody"),
                ImprovementSubsidyKind.IMPROVEMENT_PLAN, null, null, LocalDate.of(2020, 5, 1))).field())
                .isEqualTo("companyId");
        assertThat(events("nothing")).isEmpty();
        assertThat(events("subsidy-2")).isEmpty();
    }

    @Test
    void subsidyStepOnAnIdOfAnotherKindIsNotFound() {
        assertThat(failureOf(new RecordImprovementSubsidyStepCommand(ImprovementSubsidyId.of("lease-1"),
                ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED, null, null, null, true, LocalDate.of(2020, 5, 10)))
                .kind()).isEqualTo(CommandFailure.NOT_FOUND);
        assertThat(events("lease-1")).hasSize(1);
    }

    /** A usage application under a taken id must not append to another aggregate's stream. */
    @Test
    void usageApplicationUnderAnIdOfAnotherKindIsRefused() {
        Throwable thrown = catchThrowable(() -> commands.sendAndWait(new RecordImprovementSubsidyStepCommand(
                ImprovementSubsidyId.of("lease-1"), ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED, COMPANY,
                ImprovementSubsidyKind.IMPROVEMENT_PLAN, null, null, LocalDate.of(2020, 5, 1))));
        assertThat(thrown).isNotNull();
        assertThat(events("lease-1")).hasSize(1);
    }
}
