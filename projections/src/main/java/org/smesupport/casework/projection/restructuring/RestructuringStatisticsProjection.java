package org.smesupport.casework.projection.restructuring;

import static org.smesupport.casework.projection.FiscalYearStatistics.add;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStepRecordedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseEndedEvent;
import org.smesupport.casework.api.restructuring.RestructuringCaseOpenedEvent;
import org.smesupport.casework.api.restructuring.RestructuringPlanCompletedEvent;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.api.restructuring.RestructuringStageAdvancedEvent;
import org.smesupport.casework.api.restructuring.SpecialReschedulingAppliedEvent;
import org.smesupport.casework.api.succession.SuccessionCaseOpenedEvent;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.api.succession.SuccessionDealCorrectedEvent;
import org.smesupport.casework.api.succession.SuccessionDiagnosedEvent;
import org.smesupport.casework.api.succession.SuccessionPlanRecordedEvent;
import org.smesupport.casework.projection.FiscalYearStatistics;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.StatisticsProjection;
import org.smesupport.casework.projection.YearChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Section I-7 statistics, restructuring and succession alike, one document per fiscal year
 * ({@code restructuring:FY2020}, {@link RestructuringStatisticsFields}; see {@link FiscalYearStatistics}). Every
 * event carries the business date it counts under, so no per-case state is needed. Events that change no figure
 * (creditors, lease links) are not handled.
 */
@Component
@ProcessingGroup(RestructuringProcessingGroups.STATISTICS)
public class RestructuringStatisticsProjection implements StatisticsProjection {

    public static final String COLLECTION = "restructuring_statistics";

    private final FiscalYearStatistics statistics;

    public RestructuringStatisticsProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.statistics = new FiscalYearStatistics(readModels.getCollection(COLLECTION), cacheSize, "restructuring",
                RestructuringStatisticsFields::zeroed);
    }

    public static String documentId(FiscalYear fiscalYear) {
        return FiscalYearStatistics.documentId("restructuring", fiscalYear);
    }

    @Override
    public void watch(YearChanges changes) {
        statistics.watch(changes);
    }

    @EventHandler
    void on(RestructuringCaseOpenedEvent event, TrackingToken token) {
        statistics.update(event.openedOn(), token, year -> add(year, RestructuringStatisticsFields.OPENED, 1));
    }

    @EventHandler
    void on(RestructuringStageAdvancedEvent event, TrackingToken token) {
        switch (event.to()) {
            case SECOND_STAGE -> statistics.update(event.on(), token, year -> add(year, RestructuringStatisticsFields.SECOND_STAGE, 1));
            case PLAN_DRAFTING -> statistics.update(event.on(), token, year -> add(year, RestructuringStatisticsFields.DRAFTING_STARTED, 1));
            // Completion and ending have events of their own; the first response is the opening.
            default -> {
            }
        }
    }

    /** Completion is only allowed from PLAN_DRAFTING, so it always leaves drafting. */
    @EventHandler
    void on(RestructuringPlanCompletedEvent event, TrackingToken token) {
        statistics.update(event.completedOn(), token, year -> {
            add(year, RestructuringStatisticsFields.DRAFTING_LEFT, 1);
            add(year, RestructuringStatisticsFields.COMPLETED, 1);
            add(year, RestructuringStatisticsFields.DRASTIC, event.drastic() ? 1 : 0);
        });
    }

    @EventHandler
    void on(RestructuringCaseEndedEvent event, TrackingToken token) {
        if (event.atStage() == RestructuringStage.PLAN_DRAFTING) {
            statistics.update(event.endedOn(), token, year -> add(year, RestructuringStatisticsFields.DRAFTING_LEFT, 1));
        }
    }

    @EventHandler
    void on(SpecialReschedulingAppliedEvent event, TrackingToken token) {
        statistics.update(event.appliedOn(), token, year -> add(year, RestructuringStatisticsFields.SPECIAL_RESCHEDULINGS, 1));
    }

    /**
     * Every step counts in the year of its date, a refused decision too: 決定 is a decision made (a year can
     * decide more applications than it received, as the report's 2017 column shows, 48 against 47). Only an
     * approved payment decision adds its subsidy, already capped by the aggregate, to the year's yen decided.
     */
    @EventHandler
    void on(ImprovementSubsidyStepRecordedEvent event, TrackingToken token) {
        String kind = event.kind().name();
        statistics.update(event.on(), token, year -> {
            add(year.get(RestructuringStatisticsFields.SUBSIDY_STEPS, Document.class).get(kind, Document.class),
                    event.step().name(), 1);
            if (event.step() == ImprovementSubsidyStep.PAYMENT_APPLICATION_DECIDED
                    && !Boolean.FALSE.equals(event.approved()) && event.subsidy() != null) {
                add(year.get(RestructuringStatisticsFields.SUBSIDIES_DECIDED, Document.class), kind, event.subsidy().value());
            }
        });
    }

    @EventHandler
    void on(SuccessionCaseOpenedEvent event, TrackingToken token) {
        statistics.update(event.openedOn(), token, year -> add(
                year.get(RestructuringStatisticsFields.SUCCESSION_CONSULTATIONS, Document.class), event.side().name(), 1));
    }

    @EventHandler
    void on(SuccessionDealConcludedEvent event, TrackingToken token) {
        statistics.update(event.concludedOn(), token, year -> add(year, RestructuringStatisticsFields.DEAL_HALVES, event.halfCounts()));
    }

    /**
     * Moves the deal's halves from the year it was concluded in to the year it is now concluded in; one
     * change when both are one year, since a second visit under the same position would be skipped.
     */
    @EventHandler
    void on(SuccessionDealCorrectedEvent event, TrackingToken token) {
        if (FiscalYear.containing(event.previousConcludedOn()).equals(FiscalYear.containing(event.concludedOn()))) {
            statistics.update(event.concludedOn(), token, year -> add(year, RestructuringStatisticsFields.DEAL_HALVES,
                    event.halfCounts() - event.previousHalfCounts()));
            return;
        }
        statistics.update(event.previousConcludedOn(), token,
                year -> add(year, RestructuringStatisticsFields.DEAL_HALVES, -event.previousHalfCounts()));
        statistics.update(event.concludedOn(), token,
                year -> add(year, RestructuringStatisticsFields.DEAL_HALVES, event.halfCounts()));
    }

    @EventHandler
    void on(SuccessionDiagnosedEvent event, TrackingToken token) {
        statistics.update(event.diagnosedOn(), token, year -> add(year, RestructuringStatisticsFields.SUCCESSION_DIAGNOSES, 1));
    }

    @EventHandler
    void on(SuccessionPlanRecordedEvent event, TrackingToken token) {
        statistics.update(event.plannedOn(), token, year -> add(year, RestructuringStatisticsFields.SUCCESSION_PLANS, 1));
    }

    @ResetHandler
    void reset() {
        statistics.clear();
    }

}
