package org.smesupport.casework.command.lease;

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
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.company.UpdateCompanyCommand;
import org.smesupport.casework.api.lease.CompleteCloseOfBusinessCommand;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.command.closeofbusiness.CloseOfBusinessLedger;
import org.smesupport.casework.command.common.CommandFailureInterceptor;
import org.smesupport.casework.command.common.CommandFailures;
import org.smesupport.casework.command.company.CompanyAggregates;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.company.CorporateNumberRegistry;

/**
 * Companies, lease contracts and the close-of-business ledger on one command bus with one shared cache,
 * the event-store company registry and the failure interceptor, as the app wires them.
 */
class LeaseWiringTest {

    private static final CompanyId COMPANY = CompanyId.of("company-1");
    private static final LeaseContractId CONTRACT = LeaseContractId.of("lease-1");

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
                .configureAggregate(AggregateConfigurer.defaultConfiguration(LeaseContract.class).configureCache(c -> cache))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(CloseOfBusinessLedger.class)
                        .configureCache(c -> cache))
                .registerComponent(CompanyRegistry.class, CompanyAggregates::registry)
                .buildConfiguration();
        axon.start();
        axon.commandBus().registerHandlerInterceptor(new CommandFailureInterceptor());
        commands = axon.commandGateway();
        commands.sendAndWait(new RegisterCompanyCommand(COMPANY, CorporateNumber.of("7000012050002"), "かながわ精工",
                Industry.MANUFACTURING, "川崎市", SizeClass.SMALL, null));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private OpenLeaseContractCommand open(LeaseContractId contractId, CompanyId companyId) {
        return new OpenLeaseContractCommand(contractId, companyId, ContractKind.LEASE, "複合機", Yen.of(1_200_000),
                Yen.ZERO, 12, PaymentFrequency.QUARTERLY, 1000, 0, LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30));
    }

    private List<Object> events(String id) {
        return axon.eventStore().readEvents(id).asStream().map(e -> (Object) e.getPayload()).toList();
    }

    @Test
    void recordsTheCompanysIndustryAndSizeClassAsLastUpdated() {
        commands.sendAndWait(new UpdateCompanyCommand(COMPANY, "かながわ精工", Industry.CONSTRUCTION, "川崎市",
                SizeClass.MICRO, null));
        commands.sendAndWait(open(CONTRACT, COMPANY));
        LeaseContractOpenedEvent opened = (LeaseContractOpenedEvent) events("lease-1").get(0);
        assertThat(opened.industry()).isEqualTo(Industry.CONSTRUCTION);
        assertThat(opened.sizeClass()).isEqualTo(SizeClass.MICRO);
    }

    @Test
    void refusesContractForUnknownCompanyAsRuleViolation() {
        Throwable thrown = catchThrowable(() -> commands.sendAndWait(open(CONTRACT, CompanyId.of("nobody"))));
        assertThat(CommandFailures.of(thrown)).contains(new CommandFailure(CommandFailure.RULE_VIOLATION,
                "Company nobody is not registered.", "companyId", "lease.companyId.unknownCompany",
                List.of("nobody")));
        assertThat(events("lease-1")).isEmpty();
    }

    @Test
    void contractIdIsNoCompany() {
        commands.sendAndWait(open(CONTRACT, COMPANY));
        Throwable thrown = catchThrowable(() -> commands.sendAndWait(
                open(LeaseContractId.of("lease-2"), CompanyId.of("lease-1"))));
        assertThat(CommandFailures.of(thrown).map(CommandFailure::kind)).contains(CommandFailure.RULE_VIOLATION);
    }

    @Test
    void paysAndReturnsTheVersion() {
        commands.sendAndWait(open(CONTRACT, COMPANY));
        CommandResult result = commands.sendAndWait(new RecordLeasePaymentCommand(CONTRACT, "pay-1",
                LocalDate.of(2020, 6, 30), Yen.of(330_000), 0L));
        assertThat(result).isEqualTo(new CommandResult("lease-1", 1));
    }

    @Test
    void closeOfBusinessLedgerIsCreatedByItsFirstRunAndThenClosesTheNextDay() {
        LocalDate date = LocalDate.of(2020, 7, 31);
        String ledger = CompleteCloseOfBusinessCommand.LEDGER_ID;
        assertThat((CommandResult) commands.sendAndWait(new CompleteCloseOfBusinessCommand(ledger, date, 1, 0)))
                .isEqualTo(new CommandResult(ledger, 0));
        assertThat((CommandResult) commands.sendAndWait(
                new CompleteCloseOfBusinessCommand(ledger, date.plusDays(1), 1, 0)))
                .isEqualTo(new CommandResult(ledger, 1));
    }
}
