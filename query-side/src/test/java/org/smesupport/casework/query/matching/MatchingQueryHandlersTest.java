package org.smesupport.casework.query.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FairParticipantView;
import org.smesupport.casework.api.matching.FairSideFigures;
import org.smesupport.casework.api.matching.FindMatchingFairQuery;
import org.smesupport.casework.api.matching.FindMatchingFairsQuery;
import org.smesupport.casework.api.matching.FindOrderRequestQuery;
import org.smesupport.casework.api.matching.FindOrderRequestsQuery;
import org.smesupport.casework.api.matching.FindReferralCorrectionsAwaitingApprovalQuery;
import org.smesupport.casework.api.matching.FindReferralsAwaitingOutcomeQuery;
import org.smesupport.casework.api.matching.FindSupplierQuery;
import org.smesupport.casework.api.matching.FindSuppliersQuery;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFairList;
import org.smesupport.casework.api.matching.MatchingFairSummary;
import org.smesupport.casework.api.matching.MatchingFairView;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestPage;
import org.smesupport.casework.api.matching.OrderRequestStatus;
import org.smesupport.casework.api.matching.OrderRequestSummary;
import org.smesupport.casework.api.matching.OrderRequestView;
import org.smesupport.casework.api.matching.PendingReferralCorrection;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.ReferralAwaitingOutcome;
import org.smesupport.casework.api.matching.ReferralCorrection;
import org.smesupport.casework.api.matching.ReferralCorrectionAwaitingApproval;
import org.smesupport.casework.api.matching.ReferralCorrectionsAwaitingApprovalPage;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.ReferralView;
import org.smesupport.casework.api.matching.ReferralsAwaitingOutcomePage;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierPage;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.api.matching.SupplierStatus;
import org.smesupport.casework.api.matching.SupplierView;
import org.smesupport.casework.query.ReadModelFixture;

/** Lists and details over the documents the real projections wrote for {@link MatchingScenario}. */
class MatchingQueryHandlersTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private SupplierQueryHandler suppliers;
    private OrderRequestQueryHandler requests;
    private MatchingFairQueryHandler fairs;

    @BeforeEach
    void setUp() {
        MatchingScenario.project(fixture);
        suppliers = new SupplierQueryHandler(fixture.database());
        requests = new OrderRequestQueryHandler(fixture.database());
        fairs = new MatchingFairQueryHandler(fixture.database());
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void listsSuppliersNewestFirstByStatusProcessAndRegion() {
        SupplierPage registered = suppliers.handle(new FindSuppliersQuery(SupplierStatus.REGISTERED, Process.MACHINING,
                null, 0, 20));
        assertThat(registered.items()).extracting(supplier -> supplier.supplierId().value())
                .containsExactly("S-4", "S-2", "S-1");
        assertThat(registered.total()).isEqualTo(3);
        assertThat(suppliers.handle(new FindSuppliersQuery(null, null, Region.KENSEI, 0, 20)).items())
                .extracting(supplier -> supplier.supplierId().value()).containsExactly("S-8", "S-7");
        assertThat(suppliers.handle(new FindSuppliersQuery(SupplierStatus.WITHDRAWN, null, null, 0, 20)).items())
                .extracting(supplier -> supplier.supplierId().value()).containsExactly("S-5");
        SupplierPage second = suppliers.handle(new FindSuppliersQuery(null, null, null, 1, 3));
        assertThat(second.items()).extracting(supplier -> supplier.supplierId().value()).containsExactly("S-2", "S-1", "S-8");
        assertThat(second.total()).isEqualTo(8);
    }

    @Test
    void showsASupplierWithItsProfile() {
        SupplierView supplier = suppliers.handle(new FindSupplierQuery(SupplierId.of("S-1")));

        assertThat(supplier.companyId()).isEqualTo(CompanyId.of("C-S-1"));
        assertThat(supplier.companyName()).isEqualTo("Kawasaki Seiki");
        assertThat(supplier.profile()).isEqualTo(new SupplierProfile(Set.of(Process.MACHINING, Process.SURFACE_TREATMENT),
                List.of("machining centre"), Set.of(Certification.ISO_9001), 120, Region.KAWASAKI,
                Set.of(FocusField.EV)));
        assertThat(supplier.status()).isEqualTo(SupplierStatus.REGISTERED);
        assertThat(supplier.registeredOn()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(supplier.version()).isZero();
        SupplierView withdrawn = suppliers.handle(new FindSupplierQuery(SupplierId.of("S-5")));
        assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(withdrawn.withdrawalReason()).isEqualTo("closed the business");
        assertThat(suppliers.handle(new FindSupplierQuery(SupplierId.of("S-99")))).isNull();
    }

    @Test
    void listsOrderRequestsWithTheirReferralCounts() {
        OrderRequestPage open = requests.handle(new FindOrderRequestsQuery(OrderRequestStatus.OPEN, 0, 20));

        assertThat(open.items()).extracting(request -> request.orderRequestId().value()).containsExactly("O-2", "O-1", "O-0");
        OrderRequestSummary o1 = open.items().get(1);
        assertThat(o1.orderingFirm()).isEqualTo("Yokohama Motors");
        assertThat(o1.processes()).containsExactly(Process.MACHINING, Process.SURFACE_TREATMENT);
        assertThat(o1.referrals()).isEqualTo(3);
        assertThat(o1.awaitingOutcome()).isEqualTo(1);
        assertThat(o1.concluded()).isEqualTo(2);
        assertThat(requests.handle(new FindOrderRequestsQuery(OrderRequestStatus.FILLED, 0, 20)).total()).isZero();
    }

    @Test
    void queuesTheCorrectionsAwaitingASupervisor() {
        ReferralCorrectionsAwaitingApprovalPage page = requests.handle(
                new FindReferralCorrectionsAwaitingApprovalQuery(0, 50));

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).containsExactly(new ReferralCorrectionAwaitingApproval(OrderRequestId.of("O-0"),
                page.items().get(0).orderingFirm(), "R-1", SupplierId.of("S-3"), page.items().get(0).supplierName(),
                ReferralOutcome.CONCLUDED, Yen.of(2_000_000), LocalDate.of(2019, 11, 1),
                new PendingReferralCorrection(ReferralOutcome.CONCLUDED, Yen.of(2_200_000), "order form amended",
                        LocalDate.of(2020, 6, 10), "sato")));
    }

    @Test
    void showsAnOrderRequestWithItsReferralsAndCorrections() {
        OrderRequestView o1 = requests.handle(new FindOrderRequestQuery(OrderRequestId.of("O-1")));

        assertThat(o1.details()).isEqualTo(MatchingScenario.o1Details());
        assertThat(o1.status()).isEqualTo(OrderRequestStatus.OPEN);
        assertThat(o1.referrals()).extracting(ReferralView::referralId).containsExactly("R-1", "R-2", "R-3");
        ReferralView r2 = o1.referrals().get(1);
        assertThat(r2.outcome()).isEqualTo(ReferralOutcome.CONCLUDED);
        assertThat(r2.initialOrderAmount()).isEqualTo(Yen.of(800_500));
        assertThat(r2.decidedOn()).isEqualTo(LocalDate.of(2020, 5, 21));
        assertThat(r2.recordedBy()).isEqualTo("sato");
        assertThat(r2.corrections()).containsExactly(new ReferralCorrection(ReferralOutcome.NOT_CONCLUDED, Yen.ZERO,
                ReferralOutcome.CONCLUDED, Yen.of(800_500), "entered against the wrong referral",
                LocalDate.of(2020, 6, 1), "sato", "CASEWORKER", "sato"));
        assertThat(r2.pendingCorrection()).isNull();
        ReferralView r3 = o1.referrals().get(2);
        assertThat(r3.outcome()).isNull();
        assertThat(r3.initialOrderAmount()).isNull();
        assertThat(r3.corrections()).isEmpty();
        assertThat(requests.handle(new FindOrderRequestQuery(OrderRequestId.of("O-9")))).isNull();
    }

    @Test
    void listsIntroductionsAwaitingAnOutcomeOldestFirst() {
        ReferralsAwaitingOutcomePage awaiting = requests.handle(new FindReferralsAwaitingOutcomeQuery(0, 50));

        assertThat(awaiting.total()).isEqualTo(2);
        assertThat(awaiting.items()).containsExactly(
                new ReferralAwaitingOutcome(OrderRequestId.of("O-2"), "Hiratsuka Kiki", "shafts", "R-1",
                        SupplierId.of("S-4"), "Tokyo Works", LocalDate.of(2021, 3, 5)),
                new ReferralAwaitingOutcome(OrderRequestId.of("O-1"), "Yokohama Motors", "EV motor brackets", "R-3",
                        SupplierId.of("S-3"), "Shonan Plating", LocalDate.of(2021, 3, 20)));
        assertThat(requests.handle(new FindReferralsAwaitingOutcomeQuery(1, 1)).items())
                .extracting(ReferralAwaitingOutcome::referralId).containsExactly("R-3");
        assertThat(requests.handle(new FindReferralsAwaitingOutcomeQuery(5, 1)).items()).isEmpty();
    }

    @Test
    void listsFairsOfAYearAndShowsOneWithItsParticipants() {
        MatchingFairList fy2020 = fairs.handle(new FindMatchingFairsQuery(2020));
        assertThat(fy2020.fairs()).extracting(fair -> fair.fairId().value()).containsExactly("F-1", "F-2");
        MatchingFairSummary f1 = fy2020.fairs().get(0);
        assertThat(f1.fiscalYear()).isEqualTo(2020);
        assertThat(f1.ordering()).isEqualTo(new FairSideFigures(3, 3, 2, new BigDecimal("66.7")));
        assertThat(f1.supplying()).isEqualTo(new FairSideFigures(2, 1, 1, new BigDecimal("100.0")));
        assertThat(f1.meetings()).isEqualTo(3);
        assertThat(fy2020.fairs().get(1).ordering().satisfactionPercent()).isNull();
        assertThat(fairs.handle(new FindMatchingFairsQuery(null)).fairs()).hasSize(3);

        MatchingFairView view = fairs.handle(new FindMatchingFairQuery(MatchingFairId.of("F-1")));
        assertThat(view.participants()).extracting(FairParticipantView::participantId)
                .containsExactly("F-1-O1", "F-1-O2", "F-1-O3", "F-1-S1", "F-1-S2");
        assertThat(view.participants()).extracting(FairParticipantView::satisfied).containsExactly(true, true, false, true, null);
        assertThat(view.participants().get(3).companyId()).isEqualTo(CompanyId.of("C-1"));
        assertThat(fairs.handle(new FindMatchingFairQuery(MatchingFairId.of("F-9")))).isNull();
    }
}
