package org.smesupport.casework.command.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
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
import org.smesupport.casework.api.consultation.AssignConsultationCaseCommand;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.OpenConsultationCaseCommand;
import org.smesupport.casework.command.company.CompanyAggregates;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.company.CorporateNumberRegistry;
import org.smesupport.casework.command.consultation.ConsultationAggregates;

/**
 * Both aggregates on one command bus with one shared cache and the failure interceptor, as the app
 * wires them: what a caller of the gateway actually receives.
 */
class CommandWiringTest {

    private static final CompanyId COMPANY = CompanyId.of("company-1");
    private static final ConsultationCaseId CASE = ConsultationCaseId.of("case-1");

    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        start(new WeakReferenceCache());
    }

    private void start(Cache cache) {
        if (axon != null) {
            axon.shutdown();
        }
        // false: no Axon Server connector module from the class path; this test runs on a local bus.
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(CompanyAggregates.configuration(cache))
                .configureAggregate(CompanyAggregates.claims())
                .registerComponent(CorporateNumberRegistry.class, CompanyAggregates::corporateNumbers)
                .configureAggregate(ConsultationAggregates.configuration(cache))
                .registerComponent(CompanyRegistry.class,
                        CompanyAggregates::registry)
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

    private CommandFailure failureOf(Object command) {
        Throwable thrown = catchThrowable(() -> commands.sendAndWait(command));
        return CommandFailures.of(thrown).orElseThrow(() -> new AssertionError("unrecognised", thrown));
    }

    @Test
    void returnsVersionsOfTheLastAppliedEvent() {
        CommandResult result = commands.sendAndWait(
                new UpdateCompanyCommand(COMPANY, "かながわ精工", Industry.MANUFACTURING, "横浜市", SizeClass.SMALL, 0L));
        assertThat(result).isEqualTo(new CommandResult("company-1", 1));
    }

    @Test
    void refusalsArriveAsCommandExecutionExceptionsWithDetails() {
        Throwable thrown = catchThrowable(() -> commands.sendAndWait(
                new OpenConsultationCaseCommand(CASE, CompanyId.of("nobody"), Desk.ONE_STOP, "相談", LocalDate.of(2020, 6, 1))));
        assertThat(thrown).isInstanceOf(CommandExecutionException.class);
        assertThat(((CommandExecutionException) thrown).<CommandFailure>getDetails())
                .contains(new CommandFailure(CommandFailure.RULE_VIOLATION, "Company nobody is not registered.", "companyId",
                        "consultation.companyId.unknownCompany", List.of("nobody")));
    }

    @Test
    void opensCaseForRegisteredCompany() {
        commands.sendAndWait(new OpenConsultationCaseCommand(CASE, COMPANY, Desk.ONE_STOP, "相談", LocalDate.of(2020, 6, 1)));
        CommandResult result = commands.sendAndWait(new AssignConsultationCaseCommand(CASE, "佐藤", LocalDate.of(2020, 6, 2), 0L));
        assertThat(result).isEqualTo(new CommandResult("case-1", 1));
    }

    @Test
    void caseIdPassedAsCompanyIsNotRegistered() {
        commands.sendAndWait(new OpenConsultationCaseCommand(CASE, COMPANY, Desk.ONE_STOP, "相談", LocalDate.of(2020, 6, 1)));
        assertThat(failureOf(new OpenConsultationCaseCommand(ConsultationCaseId.of("case-2"), CompanyId.of("case-1"),
                Desk.ONE_STOP, "相談", LocalDate.of(2020, 6, 1))).kind()).isEqualTo(CommandFailure.RULE_VIOLATION);
    }

    @Test
    void unknownIdIsNotFound() {
        assertThat(failureOf(new AssignConsultationCaseCommand(ConsultationCaseId.of("nowhere"), "佐藤", LocalDate.of(2020, 6, 2), null)).kind())
                .isEqualTo(CommandFailure.NOT_FOUND);
    }

    /** With the company in the cache, the case repository is handed the company itself. */
    @Test
    void companyIdSentToACaseCommandIsNotFoundAndLeavesTheCompanyIntact() {
        assertThat(failureOf(new AssignConsultationCaseCommand(ConsultationCaseId.of("company-1"), "佐藤", LocalDate.of(2020, 6, 2), null)))
                .isEqualTo(new CommandFailure(CommandFailure.NOT_FOUND,
                        "Nothing of this kind is registered under id company-1.", null, "common.notFound",
                        List.of("company-1")));
        CommandResult result = commands.sendAndWait(
                new UpdateCompanyCommand(COMPANY, "かながわ精工", Industry.MANUFACTURING, "横浜市", SizeClass.SMALL, null));
        assertThat(result).isEqualTo(new CommandResult("company-1", 1));
    }

    /** Without a cache, the company's events are replayed into an empty case. */
    @Test
    void companyIdSentToACaseCommandIsNotFoundWithoutCacheEither() {
        start(NoCache.INSTANCE);
        assertThat(failureOf(new AssignConsultationCaseCommand(ConsultationCaseId.of("company-1"), "佐藤", LocalDate.of(2020, 6, 2), null)).kind())
                .isEqualTo(CommandFailure.NOT_FOUND);
    }

    /** The version check runs when the unit of work commits, after the interceptor: no details then. */
    @Test
    void outdatedExpectedVersionIsAConflict() {
        commands.sendAndWait(
                new UpdateCompanyCommand(COMPANY, "新名称", Industry.MANUFACTURING, "川崎市", SizeClass.SMALL, null));
        Object stale = new UpdateCompanyCommand(COMPANY, "別名称", Industry.MANUFACTURING, "川崎市", SizeClass.SMALL, 0L);
        Throwable thrown = catchThrowable(() -> commands.sendAndWait(stale));
        assertThat(thrown).isInstanceOf(ConflictingAggregateVersionException.class);
        assertThat(failureOf(stale).kind()).isEqualTo(CommandFailure.CONFLICT);
    }
}
