package org.smesupport.casework.command.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandFailure;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.company.UpdateCompanyCommand;
import org.smesupport.casework.api.succession.ConcludeSuccessionDealCommand;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.OpenSuccessionCaseCommand;
import org.smesupport.casework.api.succession.RecordSuccessionDiagnosisCommand;
import org.smesupport.casework.api.succession.RecordSuccessionPlanCommand;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.command.common.CommandFailureInterceptor;
import org.smesupport.casework.command.common.CommandFailures;
import org.smesupport.casework.command.company.CompanyAggregates;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.company.CorporateNumberRegistry;

/**
 * Companies, succession cases and deals on one command bus with one shared cache, the event-store company
 * and case registries and the failure interceptor, as the app wires them.
 */
class SuccessionWiringTest {

    private static final CompanyId SELLER_COMPANY = CompanyId.of("company-1");
    private static final CompanyId BUYER_COMPANY = CompanyId.of("company-2");
    private static final SuccessionCaseId SELLER = SuccessionCaseId.of("succession-1");
    private static final SuccessionCaseId BUYER = SuccessionCaseId.of("succession-2");
    private static final LocalDate OPENED_ON = LocalDate.of(2020, 6, 1);

    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        WeakReferenceCache cache = new WeakReferenceCache();
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(CompanyAggregates.configuration(cache))
                .configureAggregate(CompanyAggregates.claims())
                .registerComponent(CorporateNumberRegistry.class, CompanyAggregates::corporateNumbers)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(SuccessionCase.class)
                        .configureCache(c -> cache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(SuccessionDeal.class)
                        .configureCache(c -> cache))
                .registerComponent(CompanyRegistry.class, CompanyAggregates::registry)
                .registerComponent(SuccessionCaseRegistry.class, c -> new EventStoreSuccessionCaseRegistry(c.eventStore()))
                .buildConfiguration();
        axon.start();
        axon.commandBus().registerHandlerInterceptor(new CommandFailureInterceptor());
        commands = axon.commandGateway();
        commands.sendAndWait(new RegisterCompanyCommand(SELLER_COMPANY, CorporateNumber.of("7000012050002"), "かながわ精工",
                Industry.MANUFACTURING, "川崎市", SizeClass.SMALL, null));
        commands.sendAndWait(new RegisterCompanyCommand(BUYER_COMPANY, CorporateNumber.of("6000012050003"), "湘南製作所",
                Industry.MANUFACTURING, "藤沢市", SizeClass.MICRO, null));
        commands.sendAndWait(new OpenSuccessionCaseCommand(SELLER, SELLER_COMPANY, SuccessionSide.SELLER, OPENED_ON, null));
        commands.sendAndWait(new OpenSuccessionCaseCommand(BUYER, BUYER_COMPANY, SuccessionSide.BUYER, OPENED_ON, null));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private List<Object> events(String id) {
        return axon.eventStore().readEvents(id).asStream().map(e -> (Object) e.getPayload()).toList();
    }

    private CommandFailure failureOf(Object command) {
        Throwable thrown = catchThrowable(() -> commands.sendAndWait(command));
        return CommandFailures.of(thrown).orElseThrow(() -> new AssertionError("unrecognised", thrown));
    }

    @Test
    void dealBetweenTwoCasesNamesTheCompaniesAsLastUpdatedAndCountsTwoHalves() {
        commands.sendAndWait(new UpdateCompanyCommand(BUYER_COMPANY, "湘南精密", Industry.MANUFACTURING, "藤沢市",
                SizeClass.MICRO, null));
        SuccessionDealId deal = SuccessionDealId.of("deal-1");
        commands.sendAndWait(new ConcludeSuccessionDealCommand(deal, new DealParty(SELLER, null, true),
                new DealParty(BUYER, null, true), LocalDate.of(2021, 2, 26)));
        assertThat(events("deal-1")).containsExactly(new SuccessionDealConcludedEvent(deal,
                new DealParty(SELLER, "かながわ精工", true), new DealParty(BUYER, "湘南精密", true),
                LocalDate.of(2021, 2, 26), 2));
    }

    @Test
    void aCaseInAConcludedDealIsNotInASecondOne() {
        commands.sendAndWait(new ConcludeSuccessionDealCommand(SuccessionDealId.of("deal-1"),
                new DealParty(SELLER, null, null), new DealParty(null, "東京商事", false), LocalDate.of(2021, 2, 26)));

        assertThat(failureOf(new ConcludeSuccessionDealCommand(SuccessionDealId.of("deal-2"),
                new DealParty(SELLER, null, null), new DealParty(null, "大阪工業", false), LocalDate.of(2021, 3, 1))))
                .isEqualTo(new CommandFailure(CommandFailure.CONFLICT,
                        "Case " + SELLER + " is party to deal deal-1 already; a case concludes one deal.", "seller.caseId",
                        "succession.deal.caseHasDeal", List.of(SELLER.toString(), "deal-1")));
        assertThat(events("deal-2")).isEmpty();
    }

    @Test
    void idOfAnotherKindIsNoCase() {
        assertThat(failureOf(new ConcludeSuccessionDealCommand(SuccessionDealId.of("deal-1"),
                new DealParty(SuccessionCaseId.of("company-1"), null, true), new DealParty(null, "東京商事", false),
                LocalDate.of(2021, 2, 26)))).isEqualTo(new CommandFailure(CommandFailure.RULE_VIOLATION,
                "No succession case company-1 is open.", "seller.caseId",
                "succession.deal.noOpenCase", List.of("company-1")));
        assertThat(events("deal-1")).isEmpty();
    }

    @Test
    void buyerCaseCannotSell() {
        assertThat(failureOf(new ConcludeSuccessionDealCommand(SuccessionDealId.of("deal-1"),
                new DealParty(BUYER, null, true), new DealParty(null, "東京商事", false), LocalDate.of(2021, 2, 26)))
                .field()).isEqualTo("seller.caseId");
    }

    @Test
    void opensCaseOnlyForRegisteredCompanyAndRecordsDiagnosesWithVersions() {
        assertThat(failureOf(new OpenSuccessionCaseCommand(SuccessionCaseId.of("succession-3"),
                CompanyId.of("succession-1"), SuccessionSide.BUYER, OPENED_ON, null)).field()).isEqualTo("companyId");
        CommandResult diagnosed = commands.sendAndWait(new RecordSuccessionDiagnosisCommand(SELLER, OPENED_ON));
        assertThat(diagnosed).isEqualTo(new CommandResult("succession-1", 1));
        CommandResult planned = commands.sendAndWait(new RecordSuccessionPlanCommand(SELLER, OPENED_ON.plusMonths(3)));
        assertThat(planned).isEqualTo(new CommandResult("succession-1", 2));
    }

    @Test
    void caseCommandOnACompanyIdIsNotFound() {
        assertThat(failureOf(new RecordSuccessionDiagnosisCommand(SuccessionCaseId.of("company-1"), OPENED_ON)).kind())
                .isEqualTo(CommandFailure.NOT_FOUND);
    }
}
