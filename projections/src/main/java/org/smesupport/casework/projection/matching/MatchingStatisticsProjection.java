package org.smesupport.casework.projection.matching;

import static org.smesupport.casework.projection.FiscalYearStatistics.add;

import com.mongodb.client.MongoDatabase;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.matching.FairMeetingRecordedEvent;
import org.smesupport.casework.api.matching.FairParticipantRegisteredEvent;
import org.smesupport.casework.api.matching.FairSatisfactionRecordedEvent;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFairPlannedEvent;
import org.smesupport.casework.api.matching.OrderRequestReceivedEvent;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.ReferralOutcomeCorrectedEvent;
import org.smesupport.casework.api.matching.ReferralOutcomeRecordedEvent;
import org.smesupport.casework.api.matching.SupplierIntroducedEvent;
import org.smesupport.casework.api.matching.SupplierRegisteredEvent;
import org.smesupport.casework.projection.FiscalYearStatistics;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.StatisticsProjection;
import org.smesupport.casework.projection.YearChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Business-matching statistics, one document per fiscal year ({@code matching:FY2020},
 * {@link MatchingStatisticsFields}; see {@link FiscalYearStatistics}). Events that change no figure (an outcome
 * not concluded) touch no document.
 * <p>
 * Fair events after the plan carry no date, and a fair counts in the year it starts in, so the plan also
 * writes {@code matching:fair:<id>} holding that year; the later events read it by {@code _id}. It never
 * changes once written, so it needs no position of its own.
 */
@Component
@ProcessingGroup(MatchingProcessingGroups.STATISTICS)
public class MatchingStatisticsProjection implements StatisticsProjection {

    public static final String COLLECTION = "matching_statistics";

    private final FiscalYearStatistics statistics;

    public MatchingStatisticsProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.statistics = new FiscalYearStatistics(readModels.getCollection(COLLECTION), cacheSize, "matching",
                MatchingStatisticsFields::zeroed);
    }

    public static String documentId(FiscalYear fiscalYear) {
        return FiscalYearStatistics.documentId("matching", fiscalYear);
    }

    static String fairDocumentId(MatchingFairId fairId) {
        return "matching:fair:" + fairId.value();
    }

    @Override
    public void watch(YearChanges changes) {
        statistics.watch(changes);
    }

    @EventHandler
    void on(OrderRequestReceivedEvent event, TrackingToken token) {
        statistics.update(event.receivedOn(), token,
                year -> add(year, MatchingStatisticsFields.ORDER_REQUESTS, 1));
    }

    @EventHandler
    void on(SupplierRegisteredEvent event, TrackingToken token) {
        statistics.update(event.registeredOn(), token,
                year -> add(year, MatchingStatisticsFields.SUPPLIER_REGISTRATIONS, 1));
    }

    @EventHandler
    void on(SupplierIntroducedEvent event, TrackingToken token) {
        statistics.update(event.introducedOn(), token,
                year -> add(year, MatchingStatisticsFields.INTRODUCTIONS, 1));
    }

    @EventHandler
    void on(ReferralOutcomeRecordedEvent event, TrackingToken token) {
        if (event.outcome() == ReferralOutcome.CONCLUDED) {
            deal(FiscalYear.containing(event.decidedOn()), token, 1, event.initialOrderAmount().value());
        }
    }

    /**
     * Takes out what the replaced outcome counted and puts in what the new one counts, in the year of the
     * original decision: CONCLUDED → NOT_CONCLUDED removes the deal and its amount, the reverse adds them,
     * CONCLUDED → CONCLUDED with another amount adjusts the amount.
     */
    @EventHandler
    void on(ReferralOutcomeCorrectedEvent event, TrackingToken token) {
        long deals = concluded(event.outcome()) - concluded(event.previousOutcome());
        long amount = dealAmount(event.outcome(), event.initialOrderAmount())
                - dealAmount(event.previousOutcome(), event.previousInitialOrderAmount());
        if (deals != 0 || amount != 0) {
            deal(FiscalYear.containing(event.decidedOn()), token, deals, amount);
        }
    }

    @EventHandler
    void on(MatchingFairPlannedEvent event, TrackingToken token) {
        FiscalYear fiscalYear = FiscalYear.containing(event.startsOn());
        if (statistics.store().find(fairDocumentId(event.fairId())) == null) {
            statistics.store().save(new Document("_id", fairDocumentId(event.fairId()))
                    .append(MatchingStatisticsFields.FAIR_ID, event.fairId().value())
                    .append(MatchingStatisticsFields.FISCAL_YEAR, fiscalYear.startYear()));
        }
        statistics.update(fiscalYear, token, year -> year.getList(MatchingStatisticsFields.FAIRS, Document.class).add(
                new Document(MatchingStatisticsFields.FAIR_ID, event.fairId().value())
                        .append(FairFields.NAME, event.name())
                        .append(FairFields.STARTS_ON, ReadModelDates.format(event.startsOn()))
                        .append(FairFields.ENDS_ON, ReadModelDates.format(event.endsOn()))
                        .append(FairFields.FORMAT, event.format().name())
                        .append(FairFields.FOCUS_AREA, event.focusArea())
                        .append(FairFields.SIDES, FairFields.zeroedSides())
                        .append(FairFields.MEETINGS, 0L)));
    }

    @EventHandler
    void on(FairParticipantRegisteredEvent event, TrackingToken token) {
        updateFair(event.fairId(), token,
                fair -> FairFields.add(side(fair, event.side()), FairFields.PARTICIPANT_COUNT, 1));
    }

    /** One answer per participant (the aggregate's rule), so each answer counts once on its side. */
    @EventHandler
    void on(FairSatisfactionRecordedEvent event, TrackingToken token) {
        updateFair(event.fairId(), token, fair -> {
            Document side = side(fair, event.side());
            FairFields.add(side, FairFields.ANSWERS, 1);
            FairFields.add(side, FairFields.SATISFIED_COUNT, event.satisfied() ? 1 : 0);
        });
    }

    @EventHandler
    void on(FairMeetingRecordedEvent event, TrackingToken token) {
        updateFair(event.fairId(), token, fair -> FairFields.add(fair, FairFields.MEETINGS, 1));
    }

    @ResetHandler
    void reset() {
        statistics.clear();
    }

    private void deal(FiscalYear fiscalYear, TrackingToken token, long deals, long amount) {
        statistics.update(fiscalYear, token, year -> {
            add(year, MatchingStatisticsFields.CONCLUDED, deals);
            add(year, MatchingStatisticsFields.INITIAL_ORDER_AMOUNT, amount);
        });
    }

    private static long concluded(ReferralOutcome outcome) {
        return outcome == ReferralOutcome.CONCLUDED ? 1 : 0;
    }

    private static long dealAmount(ReferralOutcome outcome, Yen amount) {
        return outcome == ReferralOutcome.CONCLUDED && amount != null ? amount.value() : 0;
    }

    /** Applies the change to the fair's entry in the year it starts in. */
    private void updateFair(MatchingFairId fairId, TrackingToken token, Consumer<Document> change) {
        Document plan = statistics.store().find(fairDocumentId(fairId));
        if (plan == null) {
            // Every fair event follows the plan in the fair's stream, which this group reads in order.
            throw new IllegalStateException("no plan for matching fair " + fairId + "; rebuild the read model (reset and replay "
                    + MatchingProcessingGroups.STATISTICS + ")");
        }
        statistics.update(FiscalYear.of(plan.getInteger(MatchingStatisticsFields.FISCAL_YEAR)), token, year -> change.accept(
                year.getList(MatchingStatisticsFields.FAIRS, Document.class).stream()
                        .filter(fair -> fairId.value().equals(fair.getString(MatchingStatisticsFields.FAIR_ID)))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("matching fair " + fairId + " is missing from "
                                + year.getString("_id")))));
    }


    private static Document side(Document fair, FairSide side) {
        return FairFields.side(fair.get(FairFields.SIDES, Document.class), side);
    }
}
