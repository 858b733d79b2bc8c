package org.smesupport.casework.command.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.InterestSubsidyGrantedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftedEvent;
import org.smesupport.casework.api.lease.LeaseContractSettledEarlyEvent;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeasePaymentReversedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffApprovedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffReversedEvent;
import org.smesupport.casework.api.lease.PaymentAllocation;
import org.smesupport.casework.api.lease.SubsidisedInterest;
import org.smesupport.casework.command.lease.RandomLeaseHistory.Step;
import org.smesupport.casework.command.lease.RandomLeaseHistory.Terms;

/**
 * Random histories of one contract ({@link RandomLeaseHistory}). After every command, accepted or refused:
 * <ul>
 *   <li>no balance of any instalment is negative;</li>
 *   <li>the schedule's principal adds up to the financed principal exactly, deferrals or not;</li>
 *   <li>the receivables roll-forward computed from the events alone balances against the contract's own
 *       arrears: 0 + arising (arrears events and reinstatements) − recovered (allocations in arrears and
 *       not written off, subsidies in arrears) − written off (approved − reversed) = arrears;</li>
 *   <li>a refused command stored nothing.</li>
 * </ul>
 */
class LeaseContractPropertyTest extends RandomLeaseHistoryProperties {

    @Property(tries = 300)
    void balancesNeverGoNegativeAndTheArrearsRollForwardAlwaysBalances(@ForAll("terms") Terms terms,
            @ForAll("steps") List<Step> steps) {
        RandomLeaseHistory history = new RandomLeaseHistory(axon, terms);
        history.run(steps, () -> checkInvariants(history));
        // printed in the report: which kinds of event the random histories reached
        history.events().forEach(e -> Statistics.label("events").collect(e.getClass().getSimpleName()));
    }

    @Property(tries = 300)
    void scheduleSpreadsThePrincipalExactly(@ForAll("terms") Terms terms) {
        Yen principal = Yen.of(terms.amount());
        List<Instalment> schedule = RepaymentSchedule.generate(principal, terms.instalments() * terms.frequency().months(),
                terms.frequency(), terms.rate(), terms.interestFreeMonths(), terms.contractDate(),
                terms.contractDate().plusDays(terms.firstDueAfterDays()));
        assertThat(schedule).hasSize(terms.instalments());
        assertThat(schedule.stream().mapToLong(i -> i.principal().value()).sum()).isEqualTo(terms.amount());
        long regular = terms.amount() / terms.instalments();
        assertThat(schedule.subList(0, schedule.size() - 1)).allSatisfy(i ->
                assertThat(i.principal().value()).isEqualTo(regular));
        long outstanding = terms.amount();
        LocalDate firstDue = terms.contractDate().plusDays(terms.firstDueAfterDays());
        // a first period that is not one whole period earns interest for its days (日割り)
        boolean broken = !firstDue.equals(terms.contractDate().plusMonths(terms.frequency().months()));
        for (Instalment instalment : schedule) {
            boolean free = instalment.dueDate().isBefore(terms.contractDate().plusMonths(terms.interestFreeMonths()));
            long expected = free ? 0 : instalment.number() == 1 && broken
                    ? outstanding * terms.rate() * terms.firstDueAfterDays() / 3_650_000
                    : outstanding * terms.frequency().months() * terms.rate() / 120_000;
            assertThat(instalment.interest().value()).isEqualTo(expected);
            outstanding -= instalment.principal().value();
        }
    }

    private static void checkInvariants(RandomLeaseHistory history) {
        List<InstalmentAccount> accounts = new ArrayList<>(history.read(LeaseContract::instalments));
        for (InstalmentAccount account : accounts) {
            assertThat(account.balances()).as("balances of instalment %d", account.number())
                    .allSatisfy(balance -> assertThat(balance).isNotNegative());
            if (account.inArrears() && !account.everWrittenOff()) {
                assertThat(account.arrearsArisen() - account.arrearsRecovered())
                        .as("arisen − recovered of instalment %d in arrears, what a lift takes back",
                                account.number())
                        .isEqualTo(account.unpaid());
            }
        }
        assertThat(accounts.stream().mapToLong(InstalmentAccount::principal).sum())
                .as("scheduled principal").isEqualTo(history.terms().amount());
        long arrears = history.read(LeaseContract::arrears);
        assertThat(rollForward(history)).as("opening 0 + arising − recovered − written off").isEqualTo(arrears);
        LeaseContractStatus status = history.read(LeaseContract::status);
        if (status == LeaseContractStatus.COMPLETED) {
            assertThat(history.read(LeaseContract::owed)).isZero();
        }
        if (status != LeaseContractStatus.ACTIVE) {
            assertThat(arrears).isZero();
        }
    }

    /** The closing arrears as the receivables report would compute them, from the events alone. */
    private static long rollForward(RandomLeaseHistory history) {
        long arising = 0;
        long recovered = 0;
        long writtenOff = 0;
        for (Object event : history.events()) {
            if (event instanceof LeaseArrearsArisenEvent e) {
                arising += sum(e.entries());
            } else if (event instanceof LeasePaymentReversedEvent e) {
                arising += sum(e.arrearsReinstated());
            } else if (event instanceof LeasePaymentRecordedEvent e) {
                recovered += recoveredArrears(e.allocations());
                assertThat(e.allocations().stream().mapToLong(x -> x.total().value()).sum())
                        .as("allocations of payment %s", e.paymentId()).isEqualTo(e.amount().value());
            } else if (event instanceof LeaseContractSettledEarlyEvent e) {
                recovered += recoveredArrears(e.allocations());
            } else if (event instanceof InterestSubsidyGrantedEvent e) {
                recovered += e.subsidies().stream().filter(SubsidisedInterest::inArrears)
                        .mapToLong(x -> x.amount().value()).sum();
            } else if (event instanceof LeaseWriteOffApprovedEvent e) {
                writtenOff += sum(e.entries());
            } else if (event instanceof LeaseWriteOffReversedEvent e) {
                writtenOff -= sum(e.entries());
            } else if (event instanceof LeaseArrearsLiftedEvent e) {
                arising -= e.entries().stream().mapToLong(x -> x.arisen().value()).sum();
                recovered -= e.entries().stream().mapToLong(x -> x.recovered().value()).sum();
            }
        }
        return arising - recovered - writtenOff;
    }

    private static long sum(List<ArrearsEntry> entries) {
        return entries.stream().mapToLong(e -> e.amount().value()).sum();
    }

    private static long recoveredArrears(List<PaymentAllocation> allocations) {
        return allocations.stream().filter(x -> x.inArrears() && !x.writtenOff())
                .mapToLong(x -> x.total().value()).sum();
    }
}
