package org.smesupport.casework.query.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.smesupport.casework.query.lease.LeaseScenario.date;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.FindLeasePortfolioQuery;
import org.smesupport.casework.api.lease.FindPendingLeaseApprovalsQuery;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseApprovalRequest;
import org.smesupport.casework.api.lease.LeasePortfolio;
import org.smesupport.casework.api.lease.LeasePortfolioLine;
import org.smesupport.casework.query.ReadModelFixture;

/** Figures from {@link LeaseScenario}. */
class LeasePortfolioQueryHandlerTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private final LeasePortfolioQueryHandler handler = new LeasePortfolioQueryHandler(fixture.database(), fixture.companyNames());

    @BeforeEach
    void projectContracts() {
        LeaseScenario.project(fixture);
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void totalsByIndustryAndStatus() {
        LeasePortfolio portfolio = handler.handle(new FindLeasePortfolioQuery(date("2020-09-30")));

        assertThat(portfolio.total()).isEqualTo(line("TOTAL", "合計", 3, 650_000, 151_000));
        assertThat(portfolio.byIndustry()).hasSize(8).contains(
                line("MANUFACTURING", "製造業", 2, 350_000, 151_000),
                line("SERVICES", "サービス業", 1, 300_000, 0),
                line("RETAIL", "小売業", 0, 0, 0));
        assertThat(portfolio.byStatus()).containsExactly(
                line("ACTIVE", "ACTIVE", 2, 650_000, 151_000),
                line("COMPLETED", "COMPLETED", 1, 0, 0),
                line("SETTLED_EARLY", "SETTLED_EARLY", 0, 0, 0));
    }

    @Test
    void bucketsTheArrearsByTheirAgeOnTheDate() {
        assertThat(arrearsByBucket("2020-09-30")).containsExactly(0L, 0L, 151_000L, 0L, 0L);
        assertThat(arrearsByBucket("2020-06-15")).containsExactly(151_000L, 0L, 0L, 0L, 0L);
        LeasePortfolio early = handler.handle(new FindLeasePortfolioQuery(date("2020-05-31")));
        assertThat(early.notPastDue()).isEqualTo(line("NOT_PAST_DUE", "期日未到来", 1, 350_000, 151_000));
        assertThat(early.arrearsByBucket()).allSatisfy(bucket -> assertThat(bucket.contracts()).isZero());
    }

    @Test
    void queuesPendingRequestsOldestFirst() {
        List<LeaseApprovalRequest> queue = handler.handle(new FindPendingLeaseApprovalsQuery(null)).requests();

        assertThat(queue).extracting(LeaseApprovalRequest::contractId, LeaseApprovalRequest::requestId,
                        LeaseApprovalRequest::kind, LeaseApprovalRequest::requestedBy)
                .containsExactly(
                        tuple("L-1", "W1", ApprovalKind.WRITE_OFF, "sato"),
                        tuple("L-2", "D1", ApprovalKind.DEFERRAL, "sato"));
        assertThat(queue.get(0).arrears()).isEqualTo(Yen.of(151_000));
        assertThat(queue).extracting(LeaseApprovalRequest::companyId, LeaseApprovalRequest::companyName)
                .containsExactly(tuple("C-1", "相模精機"), tuple("C-2", null));
        assertThat(queue.get(1).requestedOn()).isEqualTo(date("2020-09-15"));
        assertThat(queue.get(1).revisedInstalments()).containsExactly(
                new Instalment(2, date("2021-06-30"), Yen.of(300_000), Yen.ZERO));
        assertThat(handler.handle(new FindPendingLeaseApprovalsQuery(ApprovalKind.DEFERRAL)).requests())
                .extracting(LeaseApprovalRequest::requestId).containsExactly("D1");
    }

    private List<Long> arrearsByBucket(String asOf) {
        return handler.handle(new FindLeasePortfolioQuery(date(asOf))).arrearsByBucket().stream()
                .map(line -> line.arrears().value())
                .toList();
    }

    private static LeasePortfolioLine line(String code, String label, long contracts, long principal, long arrears) {
        return new LeasePortfolioLine(code, label, contracts, Yen.of(principal), Yen.of(arrears));
    }
}
