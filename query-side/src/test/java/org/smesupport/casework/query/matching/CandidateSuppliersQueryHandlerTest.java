package org.smesupport.casework.query.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.CandidateSupplier;
import org.smesupport.casework.api.matching.CandidateSuppliers;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FindCandidateSuppliersQuery;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestReceivedEvent;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.api.matching.SupplierProfileUpdatedEvent;
import org.smesupport.casework.api.matching.SupplierRegisteredEvent;
import org.smesupport.casework.api.matching.SupplierWithdrawnEvent;
import org.smesupport.casework.projection.matching.OrderRequestProjection;
import org.smesupport.casework.projection.matching.SupplierProjection;
import org.smesupport.casework.query.ReadModelFixture;

/** Ranking over {@link MatchingScenario}, whose scores are worked out there. */
class CandidateSuppliersQueryHandlerTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private CandidateSuppliersQueryHandler handler;

    @BeforeEach
    void setUp() {
        MatchingScenario.project(fixture);
        handler = new CandidateSuppliersQueryHandler(fixture.database());
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void ranksRegisteredSuppliersByFitWithReasons() {
        CandidateSuppliers result = handler.handle(new FindCandidateSuppliersQuery(OrderRequestId.of("O-1"), 10));

        assertThat(result.orderRequestId()).isEqualTo(OrderRequestId.of("O-1"));
        assertThat(result.considered()).as("S-1, S-2, S-3, S-4: withdrawn S-5 and the others offer neither").isEqualTo(4);
        assertThat(result.candidates()).extracting(candidate -> candidate.supplierId().value())
                .containsExactly("S-1", "S-4", "S-2", "S-3");
        assertThat(result.candidates()).extracting(CandidateSupplier::score).containsExactly(291, 260, 164, 130);
        CandidateSupplier best = result.candidates().get(0);
        assertThat(best.companyName()).isEqualTo("Kawasaki Seiki");
        assertThat(best.region()).isEqualTo(Region.KAWASAKI);
        assertThat(best.reasons()).containsExactly("offers 機械加工, 表面処理", "holds ISO 9001", "in preferred region 川崎",
                "spare capacity 120 h/month", "works in focus field EV", "already introduced for this request on 2020-04-15");
        assertThat(result.candidates().get(1).reasons()).containsExactly("offers 機械加工, 表面処理", "holds ISO 9001",
                "outside the prefecture", "spare capacity 300 h/month");
        assertThat(result.candidates().get(2).reasons()).containsExactly("offers 機械加工", "lacks 表面処理", "holds ISO 9001",
                "in the ordering firm's region 横浜", "spare capacity 40 h/month",
                "already introduced for this request on 2020-04-16");
        assertThat(result.candidates().get(3).reasons()).containsExactly("offers 表面処理", "lacks 機械加工", "lacks ISO 9001",
                "in the prefecture (湘南)", "spare capacity 200 h/month", "already introduced for this request on 2021-03-20");
    }

    @Test
    void returnsOnlyTheBestUpToTheLimit() {
        CandidateSuppliers result = handler.handle(new FindCandidateSuppliersQuery(OrderRequestId.of("O-1"), 2));

        assertThat(result.considered()).isEqualTo(4);
        assertThat(result.candidates()).extracting(candidate -> candidate.supplierId().value()).containsExactly("S-1", "S-4");
    }

    @Test
    void followsProfileUpdatesAndWithdrawals() {
        fixture.project(new SupplierProjection(fixture.database(), 100), MatchingScenario.AT,
                new SupplierProfileUpdatedEvent(SupplierId.of("S-3"), new SupplierProfile(
                        Set.of(Process.MACHINING, Process.SURFACE_TREATMENT), List.of(), Set.of(Certification.ISO_9001), 200,
                        Region.KAWASAKI, Set.of(FocusField.EV)), LocalDate.of(2021, 3, 25)),
                new SupplierWithdrawnEvent(SupplierId.of("S-1"), LocalDate.of(2021, 3, 26), "retired"),
                new SupplierRegisteredEvent(SupplierId.of("S-9"), CompanyId.of("C-9"), "Kawasaki Kogyo",
                        new SupplierProfile(Set.of(Process.MACHINING), List.of(), Set.of(), 0, Region.KAWASAKI, Set.of()),
                        LocalDate.of(2021, 3, 27)));

        CandidateSuppliers result = handler.handle(new FindCandidateSuppliersQuery(OrderRequestId.of("O-1"), 10));

        // S-3 now 200 + 40 + 30 + 20 + 9 = 299; S-9 100 + 0 + 30 + 0 = 130, below S-2 on score.
        assertThat(result.candidates()).extracting(candidate -> candidate.supplierId().value())
                .containsExactly("S-3", "S-4", "S-2", "S-9");
        assertThat(result.candidates().get(0).score()).isEqualTo(299);
        assertThat(result.candidates().get(3).reasons()).contains("no spare capacity");
        assertThat(result.considered()).isEqualTo(4);
    }

    @Test
    void anUnknownOrderRequestHasNoCandidates() {
        assertThat(handler.handle(new FindCandidateSuppliersQuery(OrderRequestId.of("O-9"), 10))).isNull();
    }

    @Test
    void aRequestNamingNoProcessIsScoredAgainstEveryRegisteredSupplier() {
        fixture.project(new OrderRequestProjection(fixture.database(), 100), Instant.parse("2021-03-31T00:00:00Z"),
                new OrderRequestReceivedEvent(OrderRequestId.of("O-5"), new OrderRequestDetails("Any", Region.KENSEI,
                        "anything", Set.of(), 1, null, null, null, Set.of(), null), LocalDate.of(2021, 3, 30)));

        CandidateSuppliers result = handler.handle(new FindCandidateSuppliersQuery(OrderRequestId.of("O-5"), 10));

        assertThat(result.considered()).isEqualTo(7);
        // Region (the firm's own 県西 20, elsewhere in the prefecture 10) and capacity decide alone.
        assertThat(result.candidates()).extracting(candidate -> candidate.supplierId().value())
                .containsExactly("S-3", "S-7", "S-8", "S-1", "S-4", "S-6", "S-2");
        assertThat(result.candidates()).extracting(CandidateSupplier::score).containsExactly(30, 26, 23, 22, 20, 15, 14);
    }
}
