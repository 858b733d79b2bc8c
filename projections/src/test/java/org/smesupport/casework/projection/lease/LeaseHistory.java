package org.smesupport.casework.projection.lease;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.InterestSubsidyGrantedEvent;
import org.smesupport.casework.api.lease.InterestSubsidyRequestedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.api.lease.LeaseContractSettledEarlyEvent;
import org.smesupport.casework.api.lease.LeaseDeferralApprovedEvent;
import org.smesupport.casework.api.lease.LeaseDeferralRequestedEvent;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeasePaymentReversedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffApprovedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRequestedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffReversedEvent;
import org.smesupport.casework.api.lease.PaymentAllocation;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.api.lease.SubsidisedInterest;
import org.smesupport.casework.api.lease.WaivedInterest;
import org.smesupport.casework.projection.EventLog;

/**
 * Two contracts over FY2019-FY2021, with every figure worked out by hand in the comments. Instalments are
 * ¥200,000 principal + ¥3,000 interest (L-1) and ¥200,000 + ¥1,000 (L-2).
 * <pre>
 * L-1  FY2019 arising 203,000 + 203,000 = 406,000; recovered 103,000               → closing 303,000
 *      FY2020 arising 203,000 + 300,000 (reversed payment) = 503,000;
 *             recovered 3,000 (subsidy in arrears) + 300,000 = 303,000;
 *             written off 503,000 − 453,000 (reversal) = 50,000; recovered after write-off 50,000
 *                                                      303,000 + 503,000 − 303,000 − 50,000 = 453,000
 *      FY2021 recovered 203,000                                                     → closing 250,000
 * L-2  FY2020 arising 201,000; recovered 1,000 (subsidy in arrears) + 200,000 (settlement) → closing 0
 * </pre>
 */
final class LeaseHistory {

    static final LeaseContractId L1 = LeaseContractId.of("L-1");
    static final LeaseContractId L2 = LeaseContractId.of("L-2");
    static final Instant AT = Instant.parse("2021-04-20T01:00:00Z");
    static final Map<String, String> CASEWORKER = Map.of("user", "sato", "role", "CASEWORKER");

    private final EventLog log = new EventLog();

    /** Every event of both contracts, interleaved as they happened. */
    List<TrackedEventMessage<?>> events() {
        return events(true);
    }

    /**
     * {@code withDecisions} false: the deferral approval and the settlement as stored before their events
     * named the instalments replaced and the interest waived, which readers then work out themselves.
     */
    List<TrackedEventMessage<?>> events(boolean withDecisions) {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        events.add(l1(new LeaseContractOpenedEvent(L1, CompanyId.of("C-1"), Industry.MANUFACTURING, SizeClass.MICRO,
                ContractKind.INSTALMENT_SALE, "CNC lathe", yen(1_300_000), yen(100_000), yen(1_200_000), 18,
                PaymentFrequency.QUARTERLY, 150, 0, date("2019-04-10"), List.of(
                        l1Instalment(1, "2019-07-31"), l1Instalment(2, "2019-10-31"), l1Instalment(3, "2020-01-31"),
                        l1Instalment(4, "2020-04-30"), l1Instalment(5, "2020-07-31"), l1Instalment(6, "2020-10-31")))));
        events.add(l1(new LeasePaymentRecordedEvent(L1, "P1", date("2019-07-31"), yen(203_000),
                List.of(allocation(1, 3_000, 200_000, false, false)))));
        events.add(l1(new LeaseArrearsArisenEvent(L1, date("2019-11-15"), List.of(entry(2, "2019-10-31", 203_000)), 0)));
        events.add(l1(new LeasePaymentRecordedEvent(L1, "P2", date("2019-12-10"), yen(103_000),
                List.of(allocation(2, 3_000, 100_000, true, false)))));
        events.add(l1(new LeaseArrearsArisenEvent(L1, date("2020-02-15"), List.of(entry(3, "2020-01-31", 203_000)), 0)));
        // FY2019's subsidy, granted in FY2020: counted in FY2019, its recovery of arrears in FY2020. Stored
        // before subsidy events carried the company: the contract's opening names it.
        events.add(l1(new InterestSubsidyGrantedEvent(L1, null, 2019, 2000, "sales ledger", date("2020-05-15"), true,
                List.of(new SubsidisedInterest(3, yen(3_000), true)), yen(3_000), null, null, null)));
        events.add(l1(new LeasePaymentRecordedEvent(L1, "P3", date("2020-05-20"), yen(300_000),
                List.of(allocation(2, 0, 100_000, true, false), allocation(3, 0, 200_000, true, false)))));
        events.add(l1(new LeaseArrearsArisenEvent(L1, date("2020-05-31"), List.of(entry(4, "2020-04-30", 203_000)), 0)));
        events.add(l1(new LeasePaymentReversedEvent(L1, "P3", date("2020-06-10"), "transfer bounced",
                List.of(allocation(2, 0, 100_000, true, false), allocation(3, 0, 200_000, true, false)),
                List.of(entry(2, "2019-10-31", 100_000), entry(3, "2020-01-31", 200_000)))));
        events.add(l1(new LeaseWriteOffRequestedEvent(L1, "W1", date("2020-09-01"), "sato", "bankrupt", yen(503_000),
                List.of(entry(2, "2019-10-31", 100_000), entry(3, "2020-01-31", 200_000),
                        entry(4, "2020-04-30", 203_000)))));
        events.add(l2(new LeaseContractOpenedEvent(L2, CompanyId.of("C-2"), Industry.SERVICES, SizeClass.SOLE_PROPRIETOR,
                ContractKind.LEASE, "Espresso machine", yen(600_000), yen(0), yen(600_000), 9, PaymentFrequency.QUARTERLY,
                200, 0, date("2020-06-01"), List.of(
                        l2Instalment(1, "2020-09-30", 1_000), l2Instalment(2, "2020-12-31", 1_000),
                        l2Instalment(3, "2021-03-31", 1_000)))));
        events.add(l1(new LeaseWriteOffApprovedEvent(L1, "W1", date("2020-10-01"), "suzuki", "uncollectable", List.of(
                entry(2, "2019-10-31", 100_000), entry(3, "2020-01-31", 200_000), entry(4, "2020-04-30", 203_000)))));
        events.add(l2(new LeaseArrearsArisenEvent(L2, date("2020-10-15"), List.of(entry(1, "2020-09-30", 201_000)), 0)));
        events.add(l1(new LeasePaymentRecordedEvent(L1, "P4", date("2020-11-01"), yen(50_000),
                List.of(allocation(2, 0, 50_000, true, true)))));
        events.add(l2(new InterestSubsidyRequestedEvent(L2, CompanyId.of("C-2"), "S1", 2020, 600, "tax return",
                date("2020-10-28"), "sato", List.of(new SubsidisedInterest(1, yen(1_000), true)), yen(1_000))));
        events.add(l2(new InterestSubsidyGrantedEvent(L2, CompanyId.of("C-2"), 2020, 600, "tax return", date("2020-11-01"), true,
                List.of(new SubsidisedInterest(1, yen(1_000), true)), yen(1_000), "S1", "suzuki", null)));
        events.add(l2(new LeaseDeferralRequestedEvent(L2, "D1", date("2020-12-01"), "sato", "sales collapsed",
                List.of(l2Instalment(2, "2021-06-30", 500), l2Instalment(3, "2021-12-31", 500)), null)));
        events.add(l2(new LeaseDeferralApprovedEvent(L2, "D1", date("2020-12-05"), "suzuki", "ok",
                List.of(l2Instalment(2, "2021-06-30", 500), l2Instalment(3, "2021-12-31", 500)),
                withDecisions ? List.of(2, 3) : null)));
        // What was not recovered since the write-off returns: #2 100,000 − 50,000, #3 and #4 in full.
        events.add(l1(new LeaseWriteOffReversedEvent(L1, "W1", date("2021-02-01"), "suzuki", "guarantor found",
                List.of(entry(2, "2019-10-31", 50_000), entry(3, "2020-01-31", 200_000), entry(4, "2020-04-30", 203_000)))));
        events.add(l2(new LeaseContractSettledEarlyEvent(L2, date("2021-03-01"), yen(600_000), List.of(
                allocation(1, 0, 200_000, true, false), allocation(2, 0, 200_000, false, false),
                allocation(3, 0, 200_000, false, false)), yen(1_000),
                withDecisions ? List.of(new WaivedInterest(2, yen(500)), new WaivedInterest(3, yen(500))) : null)));
        events.add(l1(new LeasePaymentRecordedEvent(L1, "P5", date("2021-04-10"), yen(203_000),
                List.of(allocation(2, 0, 50_000, true, false), allocation(3, 0, 153_000, true, false)))));
        events.add(l1(new LeaseWriteOffRequestedEvent(L1, "W2", date("2021-04-20"), "sato", "still insolvent",
                // stored before requests listed their entries
                yen(250_000), null)));
        return events;
    }

    static List<TrackedEventMessage<?>> of(List<TrackedEventMessage<?>> events, LeaseContractId contract) {
        return events.stream().filter(event -> contract.value().equals(
                ((DomainEventMessage<?>) event).getAggregateIdentifier())).toList();
    }

    /** A further event of contract L-1 after {@link #events()}, for tests that continue its history. */
    TrackedEventMessage<?> l1(Object event) {
        return log.append(L1.value(), event, AT, CASEWORKER);
    }

    private TrackedEventMessage<?> l2(Object event) {
        return log.append(L2.value(), event, AT, CASEWORKER);
    }

    private static Instalment l1Instalment(int number, String dueDate) {
        return new Instalment(number, date(dueDate), yen(200_000), yen(3_000));
    }

    private static Instalment l2Instalment(int number, String dueDate, long interest) {
        return new Instalment(number, date(dueDate), yen(200_000), yen(interest));
    }

    private static PaymentAllocation allocation(int number, long interest, long principal, boolean inArrears,
                                                boolean writtenOff) {
        return new PaymentAllocation(number, yen(interest), yen(principal), inArrears, writtenOff);
    }

    private static ArrearsEntry entry(int number, String dueDate, long amount) {
        return new ArrearsEntry(number, date(dueDate), yen(amount));
    }

    static Yen yen(long value) {
        return Yen.of(value);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
