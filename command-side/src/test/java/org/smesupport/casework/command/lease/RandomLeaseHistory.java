package org.smesupport.casework.command.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.ApproveInterestSubsidyCommand;
import org.smesupport.casework.api.lease.ApproveLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.ApproveLeaseDeferralCommand;
import org.smesupport.casework.api.lease.ApproveLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.api.lease.MarkLeaseArrearsCommand;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.lease.RejectInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RejectLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.RejectLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RejectLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.RequestInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RequestLeaseArrearsLiftCommand;
import org.smesupport.casework.api.lease.RequestLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RequestLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ReverseLeasePaymentCommand;
import org.smesupport.casework.api.lease.ReverseLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.SettleLeaseContractEarlyCommand;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.company.CompanyRegistry;
import org.smesupport.casework.command.fiscalyear.ClosedFiscalYears;

/**
 * One contract driven through a random history (payments, reversals, arrears runs, deferrals, write-offs and
 * their reversals, subsidies, arrears lifts, the odd early settlement), each command sent through a real
 * Axon command bus and event store, refused ones included: what properties of the contract are checked
 * after every command is the caller's ({@link LeaseContractPropertyTest} on the aggregate, the app's
 * read-model property on the projection).
 */
public final class RandomLeaseHistory {

    public record Terms(long amount, PaymentFrequency frequency, int instalments, int rate, int interestFreeMonths,
                 LocalDate contractDate, int firstDueAfterDays, boolean soleProprietor) {
    }

    /** One random step; {@code a} and {@code b} choose its parameters from the contract's state. */
    public record Step(int kind, int a, int b) {
    }

    private static final AtomicInteger CONTRACTS = new AtomicInteger();


    private final Configuration axon;
    private final CommandGateway commands;
    private final LeaseContractId id = LeaseContractId.of("lease-p" + CONTRACTS.incrementAndGet());
    private final Terms terms;
    private final List<String> paymentIds = new ArrayList<>();
    private final List<String> writeOffIds = new ArrayList<>();
    private String pendingDeferral;
    private String pendingWriteOff;
    private String pendingSubsidy;
    private String pendingLift;
    private LocalDate today;
    private int sequence;

    public RandomLeaseHistory(Configuration axon, Terms terms) {
        this.axon = axon;
        this.commands = axon.commandGateway();
        this.terms = terms;
        this.today = terms.contractDate();
    }

    /** Opens the contract and sends every step's command, calling {@code afterEachCommand} after each one. */
    public void run(List<Step> steps, Runnable afterEachCommand) {
        run(steps, command -> { }, afterEachCommand);
    }

    /** As {@link #run(List, Runnable)}, and {@code beforeEachStep} gets each step's command before it is sent. */
    public void run(List<Step> steps, Consumer<Object> beforeEachStep, Runnable afterEachCommand) {
        boolean opened = send(new OpenLeaseContractCommand(id, terms.soleProprietor()
                        ? LeaseFixtures.SOLE_PROPRIETOR : LeaseFixtures.COMPANY, ContractKind.LEASE, "機械",
                Yen.of(terms.amount()), Yen.ZERO, terms.instalments() * terms.frequency().months(), terms.frequency(),
                terms.rate(), terms.interestFreeMonths(), terms.contractDate(),
                terms.contractDate().plusDays(terms.firstDueAfterDays())));
        assertThat(opened).isTrue();
        afterEachCommand.run();
        for (Step step : steps) {
            long eventsBefore = events().size();
            Object command = command(step);
            beforeEachStep.accept(command);
            if (!send(command)) {
                assertThat(events()).as("a refused command stores nothing").hasSize((int) eventsBefore);
            }
            afterEachCommand.run();
        }
    }

    private Object command(Step step) {
        int a = step.a();
        int b = step.b();
        return switch (step.kind()) {
            case 0, 1, 2, 3, 4, 5 -> payment(a, b);
            case 6, 7, 8 -> paymentIds.isEmpty() ? payment(a, b) : new ReverseLeasePaymentCommand(id,
                    paymentIds.get(b % paymentIds.size()), today, "不渡り", null);
            case 9, 10, 11, 12, 13, 14 -> {
                today = today.plusDays(a % 120);
                yield new MarkLeaseArrearsCommand(id, today, b % 10);
            }
            case 15, 16, 17 -> deferral(a, b);
            case 18, 19, 20 -> pendingDeferral == null ? deferral(a, b) : a % 3 == 0
                    ? new RejectLeaseDeferralCommand(id, pendingDeferral, today, "checker", "不可")
                    : new ApproveLeaseDeferralCommand(id, pendingDeferral, today, b % 5 == 0 ? "maker" : "checker",
                    null);
            case 21, 22, 23 -> new RequestLeaseWriteOffCommand(id, "w-" + (++sequence), today, "maker", "回収不能");
            case 24, 25, 26, 27 -> pendingWriteOff == null
                    ? new RequestLeaseWriteOffCommand(id, "w-" + (++sequence), today, "maker", "回収不能")
                    : a % 4 == 0 ? new RejectLeaseWriteOffCommand(id, pendingWriteOff, today, "checker", "回収見込み")
                    : new ApproveLeaseWriteOffCommand(id, pendingWriteOff, today, b % 7 == 0 ? "maker" : "checker",
                    null);
            case 28, 29, 30 -> writeOffIds.isEmpty() ? payment(a, b) : new ReverseLeaseWriteOffCommand(id,
                    writeOffIds.get(b % writeOffIds.size()), today, "checker", "誤り");
            case 31 -> subsidyRequest(a, b);
            case 32, 33, 34 -> pendingSubsidy == null ? subsidyRequest(a, b) : a % 4 == 0
                    ? new RejectInterestSubsidyCommand(id, pendingSubsidy, today, "checker", "証憑不備")
                    : new ApproveInterestSubsidyCommand(id, pendingSubsidy, today, b % 7 == 0 ? "maker" : "checker",
                    null);
            case 35 -> new SettleLeaseContractEarlyCommand(id, today, Yen.of(a % 4 == 0 ? 1 : settlementFigure()),
                    null);
            case 36, 37, 38 -> pendingLift == null ? liftRequest(a) : a % 4 == 0
                    ? new RejectLeaseArrearsLiftCommand(id, pendingLift, today, "checker", "入金記録なし")
                    : new ApproveLeaseArrearsLiftCommand(id, pendingLift, today, b % 7 == 0 ? "maker" : "checker",
                    null);
            default -> payment(a, b);
        };
    }

    private RequestInterestSubsidyCommand subsidyRequest(int a, int b) {
        return new RequestInterestSubsidyCommand(id, "s-" + (++sequence),
                FiscalYear.containing(today.plusYears(a % 3)).startYear(), 400 + b * 2, "試算表", today, "maker");
    }

    /** The instalments now in arrears, one or all of them, now and then one that is not (refused). */
    private RequestLeaseArrearsLiftCommand liftRequest(int a) {
        List<Integer> inArrears = read(contract -> contract.instalments().stream()
                .filter(InstalmentAccount::inArrears).map(InstalmentAccount::number).toList());
        List<Integer> numbers = a % 5 == 0 || inArrears.isEmpty() ? List.of(1 + a % 7)
                : a % 2 == 0 ? inArrears : List.of(inArrears.get(a % inArrears.size()));
        return new RequestLeaseArrearsLiftCommand(id, "l-" + (++sequence), numbers, today, "maker", "入金済み");
    }

    /** Mostly part of an instalment, now and then all that is owed, or a yen too much. */
    private RecordLeasePaymentCommand payment(int a, int b) {
        today = today.plusDays(b % 40);
        long owed = read(LeaseContract::owed);
        long open = read(contract -> contract.instalments().stream()
                .filter(x -> x.unpaid() + x.writtenOffOutstanding() > 0).count());
        long amount = switch (a % 40) {
            case 0 -> owed;
            case 1 -> owed + 1;
            default -> Math.max(1, owed / Math.max(1, open) * (a % 150 + 1) / 100);
        };
        return new RecordLeasePaymentCommand(id, "pay-" + (++sequence), today, Yen.of(amount), null);
    }

    /** Spreads the untouched instalments' principal over one to three new instalments, sometimes wrongly. */
    private RequestLeaseDeferralCommand deferral(int a, int b) {
        List<InstalmentAccount> accounts = new ArrayList<>(read(LeaseContract::instalments));
        long principal = accounts.stream().filter(InstalmentAccount::untouched)
                .mapToLong(InstalmentAccount::unpaidPrincipal).sum() + (a % 17 == 0 ? 1 : 0);
        int first = accounts.stream().filter(x -> !x.untouched()).mapToInt(InstalmentAccount::number).max()
                .orElse(0) + 1;
        int count = 1 + a % 3;
        List<Instalment> revised = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long part = i == count - 1 ? principal - (principal / count) * (count - 1) : principal / count;
            revised.add(new Instalment(first + i, today.plusMonths(6L * (i + 1)), Yen.of(part),
                    Yen.of(b % 3 == 0 ? 0 : b)));
        }
        return new RequestLeaseDeferralCommand(id, "d-" + (++sequence), today, "maker", "延納申請", revised, null);
    }

    private long settlementFigure() {
        return read(contract -> contract.instalments().stream().mapToLong(x ->
                (x.dueDate().isAfter(today) && !x.inArrears() ? x.unpaidPrincipal() : x.unpaid())
                        + x.writtenOffOutstanding()).sum());
    }

    /** Sends the command; false if a business rule refused it (anything else fails the property). */
    private boolean send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (!isRuleViolation(e)) {
                throw e;
            }
            return false;
        }
        if (command instanceof RecordLeasePaymentCommand c) {
            paymentIds.add(c.paymentId());
        } else if (command instanceof RequestLeaseDeferralCommand c) {
            pendingDeferral = c.requestId();
        } else if (command instanceof ApproveLeaseDeferralCommand || command instanceof RejectLeaseDeferralCommand) {
            pendingDeferral = null;
        } else if (command instanceof RequestLeaseWriteOffCommand c) {
            pendingWriteOff = c.requestId();
        } else if (command instanceof ApproveLeaseWriteOffCommand c) {
            writeOffIds.add(c.requestId());
            pendingWriteOff = null;
        } else if (command instanceof RejectLeaseWriteOffCommand) {
            pendingWriteOff = null;
        } else if (command instanceof RequestInterestSubsidyCommand c) {
            pendingSubsidy = c.requestId();
        } else if (command instanceof ApproveInterestSubsidyCommand
                || command instanceof RejectInterestSubsidyCommand) {
            pendingSubsidy = null;
        } else if (command instanceof RequestLeaseArrearsLiftCommand c) {
            pendingLift = c.requestId();
        } else if (command instanceof ApproveLeaseArrearsLiftCommand
                || command instanceof RejectLeaseArrearsLiftCommand) {
            pendingLift = null;
        }
        return true;
    }

    private static boolean isRuleViolation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessRuleViolation) {
                return true;
            }
        }
        return false;
    }

    public LeaseContractId id() {
        return id;
    }

    Terms terms() {
        return terms;
    }

    /** Every event of the contract so far, as the event store holds them. */
    public List<DomainEventMessage<?>> eventMessages() {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        axon.eventStore().readEvents(id.value()).asStream().forEach(messages::add);
        return messages;
    }

    public List<Object> events() {
        List<Object> payloads = new ArrayList<>();
        axon.eventStore().readEvents(id.value()).asStream().forEach(e -> payloads.add(e.getPayload()));
        return payloads;
    }

    /** What the contract holds now, as its repository loads it, for comparison outside this package. */
    public ContractState state() {
        return read(contract -> new ContractState(contract.status(), contract.arrears(), contract.instalments().stream()
                .sorted(Comparator.comparingInt(InstalmentAccount::number))
                .map(account -> new InstalmentState(account.number(), account.dueDate(), account.principal(),
                        account.interest(), account.paid(), account.subsidised(), account.writtenOff(),
                        account.recovered(), account.waived(), account.unpaid(), account.unpaidPrincipal(),
                        account.inArrears()))
                .toList()));
    }

    /** The contract's status, arrears and instalments, in number order. */
    public record ContractState(LeaseContractStatus status, long arrears, List<InstalmentState> instalments) {
    }

    /** One instalment's account: what is due, and how much of it was paid, subsidised, written off and so on. */
    public record InstalmentState(int number, LocalDate dueDate, long principal, long interest, long paid,
                                  long subsidised, long writtenOff, long recovered, long waived, long unpaid,
                                  long unpaidPrincipal, boolean inArrears) {
    }

    /** Reads the contract's state as its repository loads it. */
    <T> T read(Function<LeaseContract, T> query) {
        Repository<LeaseContract> repository = axon.repository(LeaseContract.class);
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return repository.load(id.value()).invoke(query);
        } finally {
            unitOfWork.rollback();
        }
    }

    static Arbitrary<Terms> arbitraryTerms() {
        return Combinators.combine(
                Arbitraries.longs().between(10_000, 50_000_000),
                Arbitraries.of(PaymentFrequency.class),
                Arbitraries.integers().between(1, 20),
                Arbitraries.integers().between(0, 2000),
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 700).map(d -> LocalDate.of(2019, 4, 1).plusDays(d)),
                Arbitraries.integers().between(1, 90),
                Arbitraries.of(true, false)).as((amount, frequency, count, rate, free, date, after, sole) ->
                new Terms(amount, frequency, count, rate, Math.min(free, count * frequency.months()), date, after, sole));
    }

    static Arbitrary<List<Step>> arbitrarySteps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 999)).as(Step::new)
                .withoutEdgeCases();
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    /** An Axon configuration with the lease contract on an in-memory event store; the caller shuts it down. */
    static Configuration axon() {
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(LeaseContract.class)
                .registerComponent(CompanyRegistry.class, c -> new LeaseFixtures.StubCompanies())
                .registerComponent(ClosedFiscalYears.class, c -> year -> Optional.empty())
                .buildConfiguration();
        axon.start();
        return axon;
    }
}
