package org.smesupport.casework.query.lease;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseContractCompletedEvent;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.api.lease.LeaseDeferralRequestedEvent;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffApprovedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffRequestedEvent;
import org.smesupport.casework.api.lease.PaymentAllocation;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.projection.lease.LeaseContractProjection;
import org.smesupport.casework.projection.lease.LeaseStatisticsProjection;
import org.smesupport.casework.query.ReadModelFixture;

/**
 * Three contracts projected by the real projections. Instalments of ¥100,000 + ¥1,000 (L-1), ¥300,000 (L-2),
 * ¥500,000 (L-3). At the end:
 * <pre>
 * L-1 ACTIVE   #1 unpaid 50,000 and #2 101,000 in arrears (oldest due 2020-05-31); principal 50,000 + 3 × 100,000
 *              = 350,000; next unflagged due date 2020-07-31; write-off W1 pending
 * L-2 ACTIVE   #1 written off (300,000 off the books); #2 300,000 due 2020-12-31; deferral D1 pending
 * L-3 COMPLETED
 * </pre>
 */
final class LeaseScenario {

    static final Instant AT = Instant.parse("2020-09-20T00:00:00Z");

    private LeaseScenario() {
    }

    static void project(ReadModelFixture fixture) {
        LeaseContractId l1 = LeaseContractId.of("L-1");
        LeaseContractId l2 = LeaseContractId.of("L-2");
        LeaseContractId l3 = LeaseContractId.of("L-3");
        Object[] events = {
                opened(l1, "C-1", Industry.MANUFACTURING, "2020-04-01", List.of(
                        instalment(1, "2020-05-31", 100_000, 1_000), instalment(2, "2020-06-30", 100_000, 1_000),
                        instalment(3, "2020-07-31", 100_000, 1_000), instalment(4, "2020-08-31", 100_000, 1_000))),
                opened(l2, "C-2", Industry.SERVICES, "2020-05-01", List.of(
                        instalment(1, "2020-06-30", 300_000, 0), instalment(2, "2020-12-31", 300_000, 0))),
                opened(l3, "C-1", Industry.MANUFACTURING, "2020-06-01", List.of(instalment(1, "2020-07-01", 500_000, 0))),
                new LeaseArrearsArisenEvent(l1, date("2020-06-10"), List.of(entry(1, "2020-05-31", 101_000)), 0),
                new LeasePaymentRecordedEvent(l3, "P1", date("2020-07-01"), Yen.of(500_000),
                        List.of(new PaymentAllocation(1, Yen.ZERO, Yen.of(500_000), false, false))),
                new LeaseContractCompletedEvent(l3, date("2020-07-01")),
                new LeaseArrearsArisenEvent(l1, date("2020-07-10"), List.of(entry(2, "2020-06-30", 101_000)), 0),
                new LeaseArrearsArisenEvent(l2, date("2020-07-10"), List.of(entry(1, "2020-06-30", 300_000)), 0),
                new LeasePaymentRecordedEvent(l1, "P1", date("2020-07-15"), Yen.of(51_000),
                        List.of(new PaymentAllocation(1, Yen.of(1_000), Yen.of(50_000), true, false))),
                new LeaseWriteOffRequestedEvent(l1, "W1", date("2020-08-01"), "sato", "owner vanished", Yen.of(151_000),
                        List.of(entry(1, "2020-05-31", 50_000), entry(2, "2020-06-30", 101_000))),
                new LeaseWriteOffRequestedEvent(l2, "W1", date("2020-08-02"), "tanaka", "bankrupt", Yen.of(300_000),
                        List.of(entry(1, "2020-06-30", 300_000))),
                new LeaseWriteOffApprovedEvent(l2, "W1", date("2020-09-01"), "suzuki", "agreed",
                        List.of(entry(1, "2020-06-30", 300_000))),
                new LeaseDeferralRequestedEvent(l2, "D1", date("2020-09-15"), "sato", "new owner needs time",
                        List.of(instalment(2, "2021-06-30", 300_000, 0)), null)};
        // C-2 is left out of the companies read model: its contract's views carry no name.
        fixture.registerCompany("C-1", "相模精機");
        fixture.project(new LeaseContractProjection(fixture.database(), 100), AT, events);
        fixture.project(new LeaseStatisticsProjection(fixture.database(), 100), AT, events);
    }

    private static LeaseContractOpenedEvent opened(LeaseContractId id, String companyId, Industry industry,
                                                   String contractDate, List<Instalment> schedule) {
        long principal = schedule.stream().mapToLong(instalment -> instalment.principal().value()).sum();
        return new LeaseContractOpenedEvent(id, CompanyId.of(companyId), industry, SizeClass.MICRO, ContractKind.LEASE,
                "Equipment of " + id, Yen.of(principal), Yen.ZERO, Yen.of(principal), 6, PaymentFrequency.MONTHLY,
                150, 0, date(contractDate), schedule);
    }

    private static Instalment instalment(int number, String dueDate, long principal, long interest) {
        return new Instalment(number, date(dueDate), Yen.of(principal), Yen.of(interest));
    }

    private static ArrearsEntry entry(int number, String dueDate, long amount) {
        return new ArrearsEntry(number, date(dueDate), Yen.of(amount));
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
