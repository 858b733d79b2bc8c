package org.smesupport.casework.command.restructuring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.restructuring.AddCreditorCommand;
import org.smesupport.casework.api.restructuring.AdvanceRestructuringStageCommand;
import org.smesupport.casework.api.restructuring.ApplySpecialReschedulingCommand;
import org.smesupport.casework.api.restructuring.CompleteRestructuringPlanCommand;
import org.smesupport.casework.api.restructuring.CreditorKind;
import org.smesupport.casework.api.restructuring.EndRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.OpenRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.PlannedLeaseReschedule;
import org.smesupport.casework.api.restructuring.RecordCreditorConsentCommand;
import org.smesupport.casework.api.restructuring.RecordLeaseRescheduleOutcomeCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.common.Decisions;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.lease.LeaseContractRegistry;

/**
 * Snapshots: at every point of a random case history (stages in and out of order, creditors and their answers,
 * plans with lease reschedules of the firm's, another firm's or no contract, endings, lease answers, dates that go
 * back), a case written as Axon's snapshotter writes it and read back ({@link RestructuringCaseSnapshot}) decides
 * the next command exactly as the case replayed from its events does.
 */
class RestructuringCaseSnapshotPropertyTest {

    private static final CompanyId COMPANY = CompanyId.of("company-1");
    private static final List<LeaseContractId> CONTRACTS = List.of(LeaseContractId.of("lease-own"),
            LeaseContractId.of("lease-other"), LeaseContractId.of("lease-none"));
    private static final AtomicInteger CASES = new AtomicInteger();
    private static Configuration axon;

    /** One random step; {@code a} and {@code b} choose its parameters. */
    record Step(int kind, int a, int b) {
    }

    @BeforeContainer
    static void startAxon() {
        LeaseContractRegistry leases = contract -> contract.equals(CONTRACTS.get(0)) ? Optional.of(COMPANY)
                : contract.equals(CONTRACTS.get(1)) ? Optional.of(CompanyId.of("company-2")) : Optional.empty();
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(RestructuringCase.class)
                .registerComponent(CompanyRegistry.class, c -> companyId -> true)
                .registerComponent(LeaseContractRegistry.class, c -> leases)
                .buildConfiguration();
        axon.start();
    }

    @AfterContainer
    static void stopAxon() {
        axon.shutdown();
    }

    @Property(tries = 300)
    void aCaseReadFromItsSnapshotDecidesAsTheReplayedCase(@ForAll("steps") List<Step> steps) {
        Decisions decisions = new Decisions(axon);
        RestructuringCaseId id = RestructuringCaseId.of("case-p" + CASES.incrementAndGet());
        LocalDate day = LocalDate.of(2020, 4, 1);
        send(new OpenRestructuringCaseCommand(id, COMPANY, "資金繰り悪化", day));
        for (Step step : steps) {
            day = step.b() % 12 == 0 ? day.minusDays(step.a() % 20) : day.plusDays(step.b() % 30);
            Object command = command(id, step, day, read(id, restructuringCase -> restructuringCase.snapshot().stage()));
            long version = axon.eventStore().readEvents(id.value(), 0L).asStream().count() - 1;
            RestructuringCase replayed = read(id, restructuringCase -> restructuringCase);
            RestructuringCase restored = Decisions.throughSnapshot(read(id, restructuringCase -> restructuringCase));
            assertThat(restored).usingRecursiveComparison().isEqualTo(replayed);
            Decisions.Decision expected = decisions.decide(RestructuringCase.class, replayed, version, command);
            assertThat(decisions.decide(RestructuringCase.class, restored, version, command)).isEqualTo(expected);
            Statistics.label("decisions").collect(expected.refusal() == null
                    ? command.getClass().getSimpleName() : "refused");
            send(command);
        }
    }

    /**
     * Mostly the next stage, now and then any; a plan once drafting; lease answers once the plan is complete; an
     * ending now and then: so that most histories reach a plan and its answers.
     */
    private static Object command(RestructuringCaseId id, Step step, LocalDate day, RestructuringStage stage) {
        int a = step.a();
        int b = step.b();
        String creditor = "債権者" + a % 4;
        int kind = stage == RestructuringStage.PLAN_COMPLETED && a % 3 != 0 ? 12
                : stage == RestructuringStage.PLAN_DRAFTING && step.kind() < 3 && a % 5 != 0 ? 9 : step.kind();
        return switch (kind) {
            case 0, 1, 2 -> new AdvanceRestructuringStageCommand(id, a % 5 == 0 || stage.next() == null
                    ? RestructuringStage.values()[a % RestructuringStage.values().length] : stage.next(), day, null);
            case 3, 4 -> new AddCreditorCommand(id, creditor, CreditorKind.values()[b % CreditorKind.values().length]);
            case 5, 6, 7 -> new RecordCreditorConsentCommand(id, creditor, b % 4 != 0, day);
            case 8 -> new ApplySpecialReschedulingCommand(id, day, "特例リスケ");
            case 9, 10 -> new CompleteRestructuringPlanCommand(id, day, a % 2 == 0, "再生計画", a % 3 == 0 ? null
                    : List.of(new PlannedLeaseReschedule(CONTRACTS.get(b % 5 < 3 ? 0 : b % 3), List.of(new Instalment(1,
                    day.plusMonths(6), Yen.of(100_000), Yen.ZERO)))), "maker");
            case 11 -> a % 4 == 0 ? new EndRestructuringCaseCommand(id, a % 2 == 0, "取下げ", day)
                    : new RecordCreditorConsentCommand(id, "債権者" + b % 4, true, day);
            default -> new RecordLeaseRescheduleOutcomeCommand(id, CONTRACTS.get(a % 5 < 3 ? 0 : a % 3),
                    b % 3 == 0 ? null : "request-" + a, b % 3 == 1 ? null : "延納不可");
        };
    }

    /** Sends the command; a refusal by a rule is part of the history, anything else fails the property. */
    private static void send(Object command) {
        try {
            axon.commandGateway().sendAndWait(command);
        } catch (BusinessRuleViolation refused) {
            // a refusal is a step of the history like any other: the case stays as it was
        }
    }

    private static <T> T read(RestructuringCaseId id, Function<RestructuringCase, T> query) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return axon.repository(RestructuringCase.class).load(id.value()).invoke(query);
        } finally {
            unitOfWork.rollback();
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 999)).as(Step::new).withoutEdgeCases().list().ofMinSize(1)
                .ofMaxSize(60);
    }
}
