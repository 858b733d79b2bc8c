package org.smesupport.casework.projection.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.projection.lease.LeaseHistory.L1;
import static org.smesupport.casework.projection.lease.LeaseHistory.L2;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.InterestSubsidyRequestedEvent;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseRequestClosedEvent;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.ProjectionHarness;
import org.smesupport.casework.projection.TimelinePages;

/** Expected figures are worked out by hand in {@link LeaseHistory}. */
class LeaseContractProjectionTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> contracts = mongo.database().getCollection(LeaseContractProjection.COLLECTION);
    private final MongoCollection<Document> pages = mongo.database().getCollection(LeaseContractProjection.TIMELINE_COLLECTION);
    private final List<TrackedEventMessage<?>> events = new LeaseHistory().events();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void followsAContractThroughArrearsWriteOffReversalAndRecovery() {
        new ProjectionHarness(projection()).deliver(events);

        Document contract = contract(L1);
        assertThat(contract.getString("companyId")).isEqualTo("C-1");
        assertThat(contract.getString("industry")).isEqualTo("MANUFACTURING");
        assertThat(contract.getString("kind")).isEqualTo("INSTALMENT_SALE");
        assertThat(contract.getLong("financedPrincipal")).isEqualTo(1_200_000L);
        assertThat(contract.getString("contractDate")).isEqualTo("2019-04-10");
        assertThat(contract.getString("status")).isEqualTo("ACTIVE");
        assertThat(contract.getLong("version")).isEqualTo(14L);

        // #2: 3,000 + 100,000 paid, P3's 100,000 reversed, 100,000 written off, 50,000 recovered after it,
        // the other 50,000 back by the reversal and paid by P5.
        Document second = instalment(contract, 2);
        assertThat(second.getLong("paidInterest")).isEqualTo(3_000L);
        assertThat(second.getLong("paidPrincipal")).isEqualTo(150_000L);
        assertThat(second.getLong("writtenOff")).isEqualTo(50_000L);
        assertThat(second.getLong("recoveredAfterWriteOff")).isEqualTo(50_000L);
        assertThat(ScheduleFields.unpaid(second)).isZero();
        assertThat(ScheduleFields.writtenOffBalance(second)).isZero();
        Document third = instalment(contract, 3);
        assertThat(third.getLong("subsidisedInterest")).isEqualTo(3_000L);
        assertThat(third.getLong("paidPrincipal")).isEqualTo(153_000L);
        assertThat(third.getLong("writtenOff")).isZero();
        assertThat(third.getBoolean("inArrears")).isTrue();
        assertThat(ScheduleFields.unpaid(third)).isEqualTo(47_000L);
        assertThat(instalment(contract, 5).getBoolean("inArrears")).isFalse();

        // 47,000 + 200,000 × 3 of principal; 47,000 + 203,000 in arrears.
        assertThat(contract.getLong("outstandingPrincipal")).isEqualTo(647_000L);
        assertThat(contract.getLong("arrears")).isEqualTo(250_000L);
        assertThat(contract.getLong("writtenOffBalance")).isZero();
        assertThat(contract.getString("oldestArrearsDueDate")).isEqualTo("2020-01-31");
        assertThat(contract.getString("nextUnflaggedDueDate")).isEqualTo("2020-07-31");
        assertThat(contract.getInteger("pendingApprovals")).isEqualTo(1);
        Document pending = contract.getList("pendingRequests", Document.class).get(0);
        assertThat(pending.getString("requestId")).isEqualTo("W2");
        assertThat(pending.getString("kind")).isEqualTo("WRITE_OFF");
        assertThat(pending.getString("requestedBy")).isEqualTo("sato");
        assertThat(pending.getLong("arrears")).isEqualTo(250_000L);
    }

    @Test
    void eventsStoredBeforeTheyNamedTheirDecisionsReadTheSame() {
        new ProjectionHarness(projection()).deliver(new LeaseHistory().events(false));

        Document settled = contract(L2);
        assertThat(ContractFields.schedule(settled)).extracting(instalment -> instalment.getString("dueDate"))
                .containsExactly("2020-09-30", "2021-06-30", "2021-12-31");
        assertThat(ContractFields.schedule(settled)).extracting(instalment -> instalment.getLong("waived"))
                .containsExactly(0L, 500L, 500L);
    }

    @Test
    void anInterestSubsidyRequestWaitsInTheQueueWithWhatItWouldGrantUntilApproved() {
        List<TrackedEventMessage<?>> events = new LeaseHistory().events();
        int requested = 0;
        while (!(events.get(requested).getPayload() instanceof InterestSubsidyRequestedEvent)) {
            requested++;
        }
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, requested + 1));

        Document pending = contract(L2).getList("pendingRequests", Document.class).get(0);
        assertThat(pending.getString("kind")).isEqualTo("INTEREST_SUBSIDY");
        assertThat(pending.getString("requestedBy")).isEqualTo("sato");
        Document proposal = pending.get("subsidy", Document.class);
        assertThat(proposal.getInteger("fiscalYear")).isEqualTo(2020);
        assertThat(proposal.getLong("total")).isEqualTo(1_000L);
        assertThat(proposal.getList("subsidies", Document.class)).singleElement()
                .satisfies(subsidy -> assertThat(subsidy.getBoolean("inArrears")).isTrue());
        assertThat(ScheduleFields.unpaid(instalment(contract(L2), 1))).isEqualTo(201_000L);

        harness.deliver(events.subList(requested + 1, requested + 2));
        Document granted = contract(L2);
        assertThat(granted.getList("pendingRequests", Document.class)).isEmpty();
        assertThat(ScheduleFields.unpaid(instalment(granted, 1))).isEqualTo(200_000L);
    }

    @Test
    void aRequestClosedWithTheContractLeavesTheQueue() {
        LeaseHistory history = new LeaseHistory();
        List<TrackedEventMessage<?>> closed = new ArrayList<>(history.events());
        closed.add(history.l1(new LeaseRequestClosedEvent(L1, "W2", ApprovalKind.WRITE_OFF,
                LeaseHistory.date("2021-05-10"), "The contract was completed on 2021-05-10: nothing is owed any more.")));
        new ProjectionHarness(projection()).deliver(closed);

        Document contract = contract(L1);
        assertThat(contract.getInteger("pendingApprovals")).isZero();
        assertThat(contract.getList("pendingRequests", Document.class)).isEmpty();
        assertThat(contract.getLong("version")).isEqualTo(15L);
    }

    @Test
    void theContractsRollForwardBalancesEveryYearAndEndsAtItsArrears() {
        new ProjectionHarness(projection()).deliver(events);

        Document years = contract(L1).get("rollForward", Document.class);
        assertThat(years.keySet()).containsExactly("FY2019", "FY2020", "FY2021");
        assertThat(flows(years, "FY2019")).containsExactly(406_000L, 103_000L, 0L, 0L);
        assertThat(flows(years, "FY2020")).containsExactly(503_000L, 303_000L, 50_000L, 50_000L);
        assertThat(flows(years, "FY2021")).containsExactly(0L, 203_000L, 0L, 0L);
        long closing2019 = 406_000 - 103_000;
        long closing2020 = closing2019 + 503_000 - 303_000 - 50_000;
        long closing2021 = closing2020 - 203_000;
        assertThat(List.of(closing2019, closing2020, closing2021)).containsExactly(303_000L, 453_000L, 250_000L);
        assertThat(closing(years)).isEqualTo(contract(L1).getLong("arrears"));

        Document settled = contract(L2).get("rollForward", Document.class);
        assertThat(flows(settled, "FY2020")).containsExactly(201_000L, 201_000L, 0L, 0L);
        assertThat(closing(settled)).isZero().isEqualTo(contract(L2).getLong("arrears"));
    }

    @Test
    void aDeferralReplacesTheTailAndAnEarlySettlementWaivesTheRestOfTheInterest() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        List<TrackedEventMessage<?>> l2 = LeaseHistory.of(events, L2);
        harness.deliver(l2.subList(0, 6));

        Document deferred = contract(L2);
        assertThat(ContractFields.schedule(deferred)).extracting(instalment -> instalment.getString("dueDate"))
                .containsExactly("2020-09-30", "2021-06-30", "2021-12-31");
        assertThat(deferred.getInteger("pendingApprovals")).isZero();
        assertThat(deferred.getString("nextUnflaggedDueDate")).isEqualTo("2021-06-30");
        assertThat(deferred.getLong("arrears")).isEqualTo(200_000L);

        harness.deliver(l2.subList(6, l2.size()));

        Document settled = contract(L2);
        assertThat(settled.getString("status")).isEqualTo("SETTLED_EARLY");
        assertThat(settled.getString("closedOn")).isEqualTo("2021-03-01");
        assertThat(settled.getLong("interestWaived")).isEqualTo(1_000L);
        assertThat(ContractFields.schedule(settled)).extracting(instalment -> instalment.getLong("waived"))
                .containsExactly(0L, 500L, 500L);
        assertThat(settled.getLong("outstandingPrincipal")).isZero();
        assertThat(settled.getLong("arrears")).isZero();
        assertThat(settled.get("nextUnflaggedDueDate")).as("only active contracts await a close of business").isNull();
    }

    @Test
    void theTimelineMovesFullPagesOffTheContract() {
        new ProjectionHarness(projection()).deliver(events);

        Document openPage = contract(L1).get(TimelinePages.OPEN_PAGE, Document.class);
        assertThat(openPage.getLong("page")).isEqualTo(1L);
        assertThat(openPage.getList("entries", Document.class)).extracting(entry -> entry.getLong("sequence"))
                .containsExactly(8L, 9L, 10L, 11L, 12L, 13L, 14L);
        Document page = pages.find(new Document("_id", "L-1#0")).first();
        List<Document> entries = page.getList("entries", Document.class);
        assertThat(entries).extracting(entry -> entry.getString("type")).containsExactly("OPENED", "PAYMENT_RECORDED",
                "ARREARS_ARISEN", "PAYMENT_RECORDED", "ARREARS_ARISEN", "INTEREST_SUBSIDY_GRANTED", "PAYMENT_RECORDED",
                "ARREARS_ARISEN");
        assertThat(entries.get(2).getString("date")).isEqualTo("2019-11-15");
        assertThat(entries.get(2).getString("user")).isEqualTo("sato");
        Document reversal = openPage.getList("entries", Document.class).get(0);
        assertThat(reversal.getString("type")).isEqualTo("PAYMENT_REVERSED");
        assertThat(reversal.get("details", Document.class).getList("arrearsReinstated", Document.class)).hasSize(2);
    }

    @Test
    void redeliveryChangesNothingWithOrWithoutTheCache() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, 9));
        harness.deliver(events.subList(9, events.size()));
        List<Document> once = everything();

        harness.deliver(events.subList(5, 15));
        new ProjectionHarness(projection()).deliver(events);

        assertThat(everything()).isEqualTo(once);
    }

    @Test
    void aRolledBackBatchLeavesNoTraceInTheCache() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, 3));

        harness.deliverAndFail(events.subList(3, 6));
        assertThat(contract(L1).getLong("arrears")).isEqualTo(203_000L);

        harness.deliver(events.subList(3, 6));
        assertThat(contract(L1).getLong("arrears")).isEqualTo(303_000L - 3_000L);
    }

    @Test
    void resetEmptiesBothCollections() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events);

        harness.reset();

        assertThat(contracts.countDocuments()).isZero();
        assertThat(pages.countDocuments()).isZero();
    }

    private LeaseContractProjection projection() {
        return new LeaseContractProjection(mongo.database(), 100);
    }

    private Document contract(LeaseContractId id) {
        return contracts.find(new Document("_id", id.value())).first();
    }

    private static Document instalment(Document contract, int number) {
        return ContractFields.instalment(contract, number);
    }

    private static List<Long> flows(Document years, String fiscalYear) {
        Document year = years.get(fiscalYear, Document.class);
        return List.of(year.getLong("arising"), year.getLong("recovered"), year.getLong("writtenOff"),
                year.getLong("recoveredAfterWriteOff"));
    }

    /** Opening 0 plus every year's arising − recovered − written off. */
    private static long closing(Document years) {
        long closing = 0;
        for (String year : years.keySet()) {
            Document flows = years.get(year, Document.class);
            closing += flows.getLong("arising") - flows.getLong("recovered") - flows.getLong("writtenOff");
        }
        return closing;
    }

    private List<Document> everything() {
        List<Document> documents = contracts.find().sort(new Document("_id", 1)).into(new ArrayList<>());
        pages.find().sort(new Document("_id", 1)).into(documents);
        return documents;
    }
}
