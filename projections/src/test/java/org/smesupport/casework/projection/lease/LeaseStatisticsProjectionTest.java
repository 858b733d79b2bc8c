package org.smesupport.casework.projection.lease;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.ArrearsEntry;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

/** Expected figures are worked out by hand in {@link LeaseHistory}. */
class LeaseStatisticsProjectionTest {

    private static final List<String> FLOWS = List.of("arising", "recovered", "writtenOff", "recoveredAfterWriteOff");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> statistics = mongo.database().getCollection(LeaseStatisticsProjection.COLLECTION);
    private final List<TrackedEventMessage<?>> events = new LeaseHistory().events();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void countsContractsAndSubsidiesAndRollsReceivablesForwardPerFiscalYear() {
        new ProjectionHarness(projection()).deliver(events);

        Document fy2019 = year(2019);
        assertThat(fy2019.getInteger("fiscalYear")).isEqualTo(2019);
        assertThat(fy2019.get("contractsByIndustry", Document.class).getLong("MANUFACTURING")).isEqualTo(1L);
        assertThat(fy2019.get("contractsByIndustry", Document.class).keySet()).hasSize(8);
        assertThat(fy2019.get("amountByIndustry", Document.class).getLong("MANUFACTURING")).isEqualTo(1_300_000L);
        assertThat(receivables(fy2019)).containsExactly(406_000L, 103_000L, 0L, 0L);
        assertThat(subsidy(fy2019, "newContracts")).containsExactly(1L, 3_000L);
        assertThat(fy2019.getList("companies", String.class)).containsExactly("C-1");
        // the subsidy event names no company: its contract's opening does
        assertThat(companies(fy2019, "newContracts")).containsExactly("C-1");

        Document fy2020 = year(2020);
        assertThat(fy2020.get("contractsByIndustry", Document.class).getLong("SERVICES")).isEqualTo(1L);
        assertThat(fy2020.get("amountByIndustry", Document.class).getLong("SERVICES")).isEqualTo(600_000L);
        // L-1 503,000 + L-2 201,000 arising; 303,000 + 201,000 recovered; 50,000 net written off.
        assertThat(receivables(fy2020)).containsExactly(704_000L, 504_000L, 50_000L, 50_000L);
        assertThat(subsidy(fy2020, "newContracts")).containsExactly(1L, 1_000L);
        assertThat(subsidy(fy2020, "existingContracts")).containsExactly(0L, 0L);
        assertThat(fy2020.getList("companies", String.class)).containsExactly("C-2");
        assertThat(companies(fy2020, "newContracts")).containsExactly("C-2");
        assertThat(companies(fy2020, "existingContracts")).isEmpty();

        assertThat(receivables(year(2021))).containsExactly(0L, 203_000L, 0L, 0L);

        // Opening + arising − recovered − written off, year after year, to the yen.
        long closing2019 = 406_000 - 103_000;
        long closing2020 = closing2019 + 704_000 - 504_000 - 50_000;
        long closing2021 = closing2020 - 203_000;
        assertThat(List.of(closing2019, closing2020, closing2021)).containsExactly(303_000L, 453_000L, 250_000L);
    }

    @Test
    void everyYearsTotalsAreTheSumOverTheContracts() {
        new ProjectionHarness(projection()).deliver(events);
        new ProjectionHarness(new LeaseContractProjection(mongo.database(), 100)).deliver(events);

        Map<String, Map<String, Long>> summed = new HashMap<>();
        mongo.database().getCollection(LeaseContractProjection.COLLECTION).find().forEach(contract -> {
            Document years = contract.get("rollForward", Document.class);
            years.keySet().forEach(fiscalYear -> FLOWS.forEach(flow -> summed
                    .computeIfAbsent(fiscalYear, key -> new HashMap<>())
                    .merge(flow, years.get(fiscalYear, Document.class).getLong(flow), Long::sum)));
        });

        assertThat(summed.keySet()).containsExactlyInAnyOrder("FY2019", "FY2020", "FY2021");
        summed.forEach((fiscalYear, flows) -> {
            Document year = statistics.find(new Document("_id", "leases:" + fiscalYear)).first();
            assertThat(receivables(year)).as(fiscalYear)
                    .containsExactly(flows.get("arising"), flows.get("recovered"), flows.get("writtenOff"),
                            flows.get("recoveredAfterWriteOff"));
        });
    }

    @Test
    void redeliveryChangesNothingEvenWithoutTheCache() {
        new ProjectionHarness(projection()).deliver(events);
        List<Document> once = statistics.find().sort(new Document("_id", 1)).into(new ArrayList<>());

        new ProjectionHarness(projection()).deliver(events.subList(4, events.size()));

        assertThat(statistics.find().sort(new Document("_id", 1)).into(new ArrayList<>())).isEqualTo(once);
    }

    @Test
    void anEventFillingAGapIsCountedOnceThoughItsPositionIsNotNew() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        EventLog log = new EventLog();
        Instant at = Instant.parse("2020-08-01T00:00:00Z");
        TrackedEventMessage<?> later = log.appendAt(GapAwareTrackingToken.newInstance(101, new TreeSet<>(List.of(100L))),
                "L-8", arrears("L-8", 5_000), at);
        TrackedEventMessage<?> gapFiller = log.appendAt(GapAwareTrackingToken.newInstance(101, new TreeSet<>()),
                "L-9", arrears("L-9", 7_000), at);

        harness.deliver(List.of(later));
        harness.deliver(List.of(gapFiller));
        harness.deliver(List.of(later, gapFiller));

        assertThat(year(2020).get("receivables", Document.class).getLong("arising")).isEqualTo(12_000L);
    }

    @Test
    void resetEmptiesTheCollection() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events);

        harness.reset();

        assertThat(statistics.countDocuments()).isZero();
    }

    private LeaseStatisticsProjection projection() {
        return new LeaseStatisticsProjection(mongo.database(), 100);
    }

    private Document year(int fiscalYear) {
        return statistics.find(new Document("_id", "leases:" + FiscalYear.of(fiscalYear))).first();
    }

    private static List<Long> receivables(Document year) {
        Document flows = year.get("receivables", Document.class);
        return FLOWS.stream().map(flows::getLong).toList();
    }

    private static List<String> companies(Document year, String kind) {
        return year.get("subsidies", Document.class).get(kind, Document.class).getList("companies", String.class);
    }

    private static List<Long> subsidy(Document year, String kind) {
        Document subsidy = year.get("subsidies", Document.class).get(kind, Document.class);
        return List.of(subsidy.getLong("count"), subsidy.getLong("amount"));
    }

    private static LeaseArrearsArisenEvent arrears(String contractId, long amount) {
        return new LeaseArrearsArisenEvent(LeaseContractId.of(contractId), LocalDate.of(2020, 8, 1),
                List.of(new ArrearsEntry(1, LocalDate.of(2020, 7, 1), Yen.of(amount))), 0);
    }
}
