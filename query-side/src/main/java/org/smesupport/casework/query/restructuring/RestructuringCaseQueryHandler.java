package org.smesupport.casework.query.restructuring;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.smesupport.casework.api.common.TimelineEntry;
import org.smesupport.casework.api.restructuring.FindRestructuringBoardQuery;
import org.smesupport.casework.api.restructuring.FindRestructuringCaseQuery;
import org.smesupport.casework.api.restructuring.FindRestructuringCasesQuery;
import org.smesupport.casework.api.restructuring.RestructuringBoard;
import org.smesupport.casework.api.restructuring.RestructuringBoardCard;
import org.smesupport.casework.api.restructuring.RestructuringBoardColumn;
import org.smesupport.casework.api.restructuring.RestructuringCasePage;
import org.smesupport.casework.api.restructuring.RestructuringCaseSummary;
import org.smesupport.casework.api.restructuring.RestructuringCaseView;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.api.restructuring.RestructuringStageEntry;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.RecordReference;
import org.smesupport.casework.projection.TimelinePages;
import org.smesupport.casework.projection.restructuring.RestructuringCaseFields;
import org.smesupport.casework.projection.restructuring.RestructuringCaseProjection;
import org.smesupport.casework.query.company.CompanyNames;
import org.springframework.stereotype.Component;

/**
 * Answers case and board queries from the {@code restructuring_cases} read model and its {@link TimelinePages}.
 * Time in stage is derived here from the stored stage dates and the query's as-of day.
 */
@Component
class RestructuringCaseQueryHandler {

    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> timelinePages;
    private final CompanyNames companyNames;

    RestructuringCaseQueryHandler(MongoDatabase readModels, CompanyNames companyNames) {
        this.companyNames = companyNames;
        this.cases = readModels.getCollection(RestructuringCaseProjection.COLLECTION);
        this.timelinePages = readModels.getCollection(RestructuringCaseProjection.TIMELINE_COLLECTION);
    }

    @QueryHandler
    RestructuringCasePage handle(FindRestructuringCasesQuery query) {
        List<Bson> conditions = new ArrayList<>();
        if (query.stage() != null) {
            conditions.add(Filters.eq(RestructuringCaseFields.STAGE, query.stage().name()));
        }
        if (query.caseworker() != null) {
            conditions.add(Filters.eq(RestructuringCaseFields.CASEWORKER, query.caseworker()));
        }
        if (query.companyId() != null) {
            conditions.add(Filters.eq(RestructuringCaseFields.COMPANY_ID, query.companyId()));
        }
        Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        List<Document> found = cases.find(filter)
                // A list shows summaries only; the open page of each timeline would be dead weight.
                .projection(Projections.exclude(TimelinePages.OPEN_PAGE))
                .sort(Sorts.descending(RestructuringCaseFields.OPENED_ON, "_id"))
                .skip(query.page() * query.size())
                .limit(query.size())
                .into(new ArrayList<>());
        Map<String, String> names = names(found);
        List<RestructuringCaseSummary> items = found.stream()
                .map(restructuring -> RestructuringViews.summary(restructuring, query.asOf(), names))
                .toList();
        return new RestructuringCasePage(items, query.page(), query.size(), cases.countDocuments(filter));
    }

    @QueryHandler
    RestructuringCaseView handle(FindRestructuringCaseQuery query) {
        Document restructuring = cases.find(Filters.eq("_id", query.caseId().value())).first();
        if (restructuring == null) {
            return null;
        }
        List<TimelineEntry> steps = TimelinePages.entries(timelinePages, restructuring, restructuring.getLong("version"));
        return RestructuringViews.view(restructuring, query.asOf(), steps, names(List.of(restructuring)));
    }

    /**
     * Every case opened by the as-of day, placed in the stage it was in at that day's end by its stage history
     * (the latest stage entered on or before it), so a past day's board is the board as it was. A centre has a
     * few hundred cases a year, so they are grouped here rather than by an aggregation.
     */
    @QueryHandler
    RestructuringBoard handle(FindRestructuringBoardQuery query) {
        LocalDate asOf = query.asOf();
        Map<RestructuringStage, List<RestructuringBoardCard>> cards = new EnumMap<>(RestructuringStage.class);
        Map<RestructuringStage, Long> counts = new EnumMap<>(RestructuringStage.class);
        // The string filter narrows the scan; it is exact only for four-digit years, so the stage history
        // (compared as dates) decides: a case stored with "+10000-01-01" passes the filter but has no stage yet.
        List<Map.Entry<Document, RestructuringStageEntry>> onBoard = new ArrayList<>();
        cases.find(Filters.lte(RestructuringCaseFields.OPENED_ON, ReadModelDates.format(asOf)))
                .projection(Projections.exclude(TimelinePages.OPEN_PAGE))
                .forEach(restructuring -> {
                    RestructuringStageEntry stage = stageOn(restructuring, asOf);
                    if (stage == null) {
                        return;
                    }
                    counts.merge(stage.stage(), 1L, Long::sum);
                    if (RestructuringStage.IN_PROGRESS.contains(stage.stage())) {
                        onBoard.add(Map.entry(restructuring, stage));
                    }
                });
        // Names only for the cards: the cases that merely count need none.
        Map<String, String> names = names(onBoard.stream().map(Map.Entry::getKey).toList());
        onBoard.forEach(card -> {
            Document restructuring = card.getKey();
            RestructuringStageEntry stage = card.getValue();
            String companyId = restructuring.getString(RestructuringCaseFields.COMPANY_ID);
            cards.computeIfAbsent(stage.stage(), ignored -> new ArrayList<>()).add(new RestructuringBoardCard(
                    restructuring.getString("_id"),
                    restructuring.getString(RecordReference.FIELD),
                    companyId,
                    names.get(companyId),
                    restructuring.getString(RestructuringCaseFields.SUMMARY),
                    restructuring.getString(RestructuringCaseFields.CASEWORKER),
                    stage.enteredOn(),
                    RestructuringViews.daysBetween(stage.enteredOn(), asOf)));
        });
        List<RestructuringBoardColumn> columns = new ArrayList<>();
        for (RestructuringStage stage : RestructuringStage.values()) {
            List<RestructuringBoardCard> column = cards.getOrDefault(stage, new ArrayList<>());
            column.sort(Comparator.comparingLong(RestructuringBoardCard::daysInStage).reversed()
                    .thenComparing(RestructuringBoardCard::caseId));
            columns.add(new RestructuringBoardColumn(stage, stage.label(), counts.getOrDefault(stage, 0L), column));
        }
        return new RestructuringBoard(asOf, columns);
    }

    private Map<String, String> names(List<Document> restructuringCases) {
        return companyNames.of(RestructuringViews.companyIds(restructuringCases, RestructuringCaseFields.COMPANY_ID));
    }

    /**
     * The latest stage entered on or before the day; of two entered the same day, the later one; {@code null}
     * when the case was opened after the day.
     */
    private static RestructuringStageEntry stageOn(Document restructuring, LocalDate day) {
        RestructuringStageEntry current = null;
        for (RestructuringStageEntry entry : RestructuringViews.stages(restructuring)) {
            if (!entry.enteredOn().isAfter(day) && (current == null || !entry.enteredOn().isBefore(current.enteredOn()))) {
                current = entry;
            }
        }
        return current;
    }
}
