package org.smesupport.casework.command.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
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
import org.smesupport.casework.api.company.UpdateCompanyCommand;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.IntroduceSupplierCommand;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.PlanMatchingFairCommand;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.ReceiveOrderRequestCommand;
import org.smesupport.casework.api.matching.RecordFairMeetingCommand;
import org.smesupport.casework.api.matching.RecordFairSatisfactionCommand;
import org.smesupport.casework.api.matching.RecordReferralOutcomeCommand;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.RegisterFairParticipantCommand;
import org.smesupport.casework.api.matching.RegisterSupplierCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierIntroducedEvent;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.api.matching.SupplierRegisteredEvent;
import org.smesupport.casework.api.matching.WithdrawSupplierCommand;
import org.smesupport.casework.command.common.CommandFailureInterceptor;
import org.smesupport.casework.command.common.CommandFailures;
import org.smesupport.casework.command.company.CompanyAggregates;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.company.CorporateNumberRegistry;

/**
 * Companies, suppliers, order requests and matching fairs on one command bus with one shared cache, the
 * event-store company and supplier registries and the failure interceptor, as the app wires them.
 */
class MatchingWiringTest {

    private static final CompanyId COMPANY = CompanyId.of("company-1");
    private static final SupplierId SUPPLIER = Supplier.idFor(COMPANY);
    private static final OrderRequestId ORDER = OrderRequestId.of("order-1");
    private static final SupplierProfile PROFILE = new SupplierProfile(Set.of(Process.MACHINING), List.of("CNC旋盤"),
            Set.of(), 160, Region.KAWASAKI, Set.of());

    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        WeakReferenceCache cache = new WeakReferenceCache();
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new UniqueStreams())
                .configureAggregate(CompanyAggregates.configuration(cache))
                .configureAggregate(CompanyAggregates.claims())
                .registerComponent(CorporateNumberRegistry.class, CompanyAggregates::corporateNumbers)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Supplier.class).configureCache(c -> cache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(OrderRequest.class)
                        .configureCache(c -> cache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(MatchingFair.class)
                        .configureCache(c -> cache))
                .registerComponent(CompanyRegistry.class, CompanyAggregates::registry)
                .registerComponent(SupplierRegistry.class, c -> new EventStoreSupplierRegistry(c.eventStore()))
                .buildConfiguration();
        axon.start();
        axon.commandBus().registerHandlerInterceptor(new CommandFailureInterceptor());
        commands = axon.commandGateway();
        commands.sendAndWait(new RegisterCompanyCommand(COMPANY, CorporateNumber.of("7000012050002"), "かながわ精工",
                Industry.MANUFACTURING, "川崎市", SizeClass.SMALL, null));
        commands.sendAndWait(new ReceiveOrderRequestCommand(ORDER, new OrderRequestDetails("相模原重工",
                Region.SAGAMIHARA, "試作", Set.of(Process.MACHINING), 10, LocalDate.of(2020, 9, 30), null, null,
                Set.of(), null), LocalDate.of(2020, 6, 1)));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private RegisterSupplierCommand register(CompanyId companyId) {
        return new RegisterSupplierCommand(Supplier.idFor(companyId), companyId, PROFILE, LocalDate.of(2020, 4, 10));
    }

    private CommandFailure failureOf(Object command) {
        Throwable thrown = catchThrowable(() -> commands.sendAndWait(command));
        return CommandFailures.of(thrown).orElseThrow(() -> new AssertionError("unrecognised", thrown));
    }

    private List<Object> events(String id) {
        return axon.eventStore().readEvents(id).asStream().map(e -> (Object) e.getPayload()).toList();
    }

    @Test
    void registersSupplierUnderTheCompanysNameAsLastUpdated() {
        commands.sendAndWait(new UpdateCompanyCommand(COMPANY, "かながわ精密工業", Industry.MANUFACTURING, "川崎市",
                SizeClass.SMALL, null));
        commands.sendAndWait(register(COMPANY));
        SupplierRegisteredEvent registered = (SupplierRegisteredEvent) events("supplier-company-1").get(0);
        assertThat(registered.companyName()).isEqualTo("かながわ精密工業");
    }

    @Test
    void refusesSupplierForUnknownCompanyOrAnIdOfAnotherKind() {
        assertThat(failureOf(register(CompanyId.of("nobody")))).isEqualTo(new CommandFailure(
                CommandFailure.RULE_VIOLATION, "Company nobody is not registered.", "companyId", "matching.companyId.unknownCompany",
                List.of("nobody")));
        assertThat(failureOf(register(CompanyId.of("order-1"))).kind()).isEqualTo(CommandFailure.RULE_VIOLATION);
        assertThat(events("supplier-nobody")).isEmpty();
    }

    /** Only the event store can tell that the company already has a registration: a taken id. */
    @Test
    void secondRegistrationOfTheCompanyIsAConflict() {
        commands.sendAndWait(register(COMPANY));
        assertThat(failureOf(register(COMPANY))).isEqualTo(new CommandFailure(CommandFailure.CONFLICT,
                "A record with this id already exists.", null, "common.alreadyExists", List.of()));
        assertThat(events("supplier-company-1")).hasSize(1);
    }

    @Test
    void introducesRegisteredSupplierUnderItsNameAndReturnsTheVersions() {
        commands.sendAndWait(register(COMPANY));
        CommandResult introduced = commands.sendAndWait(
                new IntroduceSupplierCommand(ORDER, "ref-1", SUPPLIER, LocalDate.of(2020, 6, 10)));
        assertThat(introduced).isEqualTo(new CommandResult("order-1", 1));
        assertThat(events("order-1").get(1)).isEqualTo(new SupplierIntroducedEvent(ORDER, "ref-1", SUPPLIER,
                "かながわ精工", LocalDate.of(2020, 6, 10)));
        CommandResult recorded = commands.sendAndWait(new RecordReferralOutcomeCommand(ORDER, "ref-1",
                ReferralOutcome.CONCLUDED, Yen.of(480_000), null, LocalDate.of(2020, 7, 1)));
        assertThat(recorded).isEqualTo(new CommandResult("order-1", 2));
    }

    @Test
    void cannotIntroduceWithdrawnSupplier() {
        commands.sendAndWait(register(COMPANY));
        commands.sendAndWait(new WithdrawSupplierCommand(SUPPLIER, LocalDate.of(2020, 5, 31), "廃業"));
        assertThat(failureOf(new IntroduceSupplierCommand(ORDER, "ref-1", SUPPLIER, LocalDate.of(2020, 6, 10))))
                .isEqualTo(new CommandFailure(CommandFailure.RULE_VIOLATION, "Supplier supplier-company-1 (かながわ精工)"
                        + " withdrew on 2020-05-31 and takes no more introductions.", "supplierId",
                        "matching.supplierId.withdrawn", List.of("supplier-company-1", "かながわ精工", "2020-05-31")));
    }

    /** The registry reads the stream's type, so an order request passed as a supplier is no supplier. */
    @Test
    void idOfAnotherKindIsNoSupplier() {
        assertThat(failureOf(new IntroduceSupplierCommand(ORDER, "ref-1", SupplierId.of("order-1"),
                LocalDate.of(2020, 6, 10)))).isEqualTo(new CommandFailure(CommandFailure.RULE_VIOLATION,
                "Supplier order-1 is not registered.", "supplierId", "matching.supplierId.unknownSupplier",
                List.of("order-1")));
        assertThat(failureOf(new IntroduceSupplierCommand(ORDER, "ref-1", SupplierId.of("company-1"),
                LocalDate.of(2020, 6, 10))).kind()).isEqualTo(CommandFailure.RULE_VIOLATION);
    }

    @Test
    void supplierCommandOnAnOrderRequestIdIsNotFound() {
        assertThat(failureOf(new WithdrawSupplierCommand(SupplierId.of("order-1"), LocalDate.of(2020, 7, 1), "誤り"))
                .kind()).isEqualTo(CommandFailure.NOT_FOUND);
    }

    @Test
    void runsAFairWithARegisteredClient() {
        MatchingFairId fair = MatchingFairId.of("fair-1");
        commands.sendAndWait(new PlanMatchingFairCommand(fair, "オンライン商談会", LocalDate.of(2020, 7, 27),
                LocalDate.of(2020, 8, 7), FairFormat.ONLINE, "横須賀", List.of()));
        commands.sendAndWait(new RegisterFairParticipantCommand(fair, "p-1", FairSide.ORDERING, "横須賀製作所", null));
        commands.sendAndWait(new RegisterFairParticipantCommand(fair, "p-2", FairSide.SUPPLYING, "かながわ精工", COMPANY));
        assertThat(failureOf(new RegisterFairParticipantCommand(fair, "p-3", FairSide.SUPPLYING, "某社",
                CompanyId.of("nobody"))).field()).isEqualTo("companyId");
        commands.sendAndWait(new RecordFairMeetingCommand(fair, "m-1", "p-1", "p-2", LocalDate.of(2020, 7, 28)));
        CommandResult answered = commands.sendAndWait(new RecordFairSatisfactionCommand(fair, "p-2", true));
        assertThat(answered).isEqualTo(new CommandResult("fair-1", 4));
    }

    /**
     * Refuses a second stream under a taken id at commit, as the JDBC engine and Axon Server do; the
     * in-memory engine would otherwise append a second first event.
     */
    private static final class UniqueStreams extends InMemoryEventStorageEngine {

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domain && domain.getSequenceNumber() == 0
                        && readEvents(domain.getAggregateIdentifier(), 0).hasNext()) {
                    throw new AggregateStreamCreationException(
                            "Cannot reuse aggregate identifier [" + domain.getAggregateIdentifier() + "]");
                }
            }
            super.appendEvents(events);
        }
    }
}
