package org.smesupport.casework.query.succession;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.FindSuccessionCaseQuery;
import org.smesupport.casework.api.succession.FindSuccessionCasesQuery;
import org.smesupport.casework.api.succession.FindSuccessionDealQuery;
import org.smesupport.casework.api.succession.FindSuccessionDealsQuery;
import org.smesupport.casework.api.succession.SuccessionCaseDeal;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCasePage;
import org.smesupport.casework.api.succession.SuccessionCaseView;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionDealList;
import org.smesupport.casework.api.succession.SuccessionDealView;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.RecordReference;
import org.smesupport.casework.projection.succession.SuccessionCaseProjection;
import org.smesupport.casework.projection.succession.SuccessionDealProjection;
import org.smesupport.casework.projection.succession.SuccessionFields;
import org.smesupport.casework.query.company.CompanyNames;
import org.springframework.stereotype.Component;

/** Answers succession queries from the {@code succession_cases} and {@code succession_deals} read models. */
@Component
class SuccessionQueryHandler {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> deals;
    private final CompanyNames companyNames;

    SuccessionQueryHandler(MongoDatabase readModels, CompanyNames companyNames) {
        this.companyNames = companyNames;
        this.cases = readModels.getCollection(SuccessionCaseProjection.COLLECTION);
        this.deals = readModels.getCollection(SuccessionDealProjection.COLLECTION);
    }

    @QueryHandler
    SuccessionCasePage handle(FindSuccessionCasesQuery query) {
        List<Bson> conditions = new ArrayList<>();
        if (query.side() != null) {
            conditions.add(Filters.eq(SuccessionFields.SIDE, query.side().name()));
        }
        if (query.companyId() != null) {
            conditions.add(Filters.eq(SuccessionFields.COMPANY_ID, query.companyId()));
        }
        Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        List<Document> found = cases.find(filter)
                .sort(Sorts.descending(SuccessionFields.OPENED_ON, "_id"))
                .skip(query.page() * query.size())
                .limit(query.size())
                .into(new ArrayList<>());
        Map<String, String> names = names(found);
        List<SuccessionCaseView> items = found.stream().map(succession -> view(succession, names)).toList();
        return new SuccessionCasePage(items, query.page(), query.size(), cases.countDocuments(filter));
    }

    @QueryHandler
    SuccessionCaseView handle(FindSuccessionCaseQuery query) {
        Document succession = cases.find(Filters.eq("_id", query.caseId().value())).first();
        return succession == null ? null : view(succession, names(List.of(succession)));
    }

    @QueryHandler
    SuccessionDealView handle(FindSuccessionDealQuery query) {
        Document deal = deals.find(Filters.eq("_id", query.dealId().value())).first();
        return deal == null ? null : deal(deal);
    }

    /** A year has a few dozen deals, so the list is whole, with its total under the 0.5 rule. */
    @QueryHandler
    SuccessionDealList handle(FindSuccessionDealsQuery query) {
        Bson filter = query.fiscalYear() == null ? new Document() : Filters.eq(SuccessionFields.FISCAL_YEAR, query.fiscalYear());
        List<SuccessionDealView> items = deals.find(filter)
                .sort(Sorts.descending(SuccessionFields.CONCLUDED_ON, "_id"))
                .map(SuccessionQueryHandler::deal)
                .into(new ArrayList<>());
        long halves = items.stream().mapToLong(SuccessionDealView::halfCounts).sum();
        return new SuccessionDealList(query.fiscalYear(), items, halves, halfCounted(halves));
    }

    /** Halves shown as deals with one decimal; exact, since a half is 0.5. */
    static BigDecimal halfCounted(long halves) {
        return BigDecimal.valueOf(halves).divide(TWO, 1, RoundingMode.UNNECESSARY);
    }

    private Map<String, String> names(List<Document> successionCases) {
        return companyNames.of(successionCases.stream()
                .map(succession -> succession.getString(SuccessionFields.COMPANY_ID))
                .toList());
    }

    private static SuccessionCaseView view(Document succession, Map<String, String> companyNames) {
        String companyId = succession.getString(SuccessionFields.COMPANY_ID);
        return new SuccessionCaseView(
                succession.getString("_id"),
                succession.getString(RecordReference.FIELD),
                companyId,
                companyNames.get(companyId),
                SuccessionSide.valueOf(succession.getString(SuccessionFields.SIDE)),
                ReadModelDates.parse(succession.getString(SuccessionFields.OPENED_ON)),
                succession.getBoolean(SuccessionFields.IN_PREFECTURE),
                succession.getList(SuccessionFields.DIAGNOSES, String.class).stream().map(ReadModelDates::parse).toList(),
                succession.getList(SuccessionFields.PLANS, String.class).stream().map(ReadModelDates::parse).toList(),
                succession.getList(SuccessionFields.DEALS, Document.class).stream()
                        .map(deal -> new SuccessionCaseDeal(
                                SuccessionDealId.of(deal.getString(SuccessionFields.DEAL_ID)),
                                SuccessionSide.valueOf(deal.getString(SuccessionFields.ROLE)),
                                deal.getString(SuccessionFields.COUNTERPART),
                                ReadModelDates.parse(deal.getString(SuccessionFields.CONCLUDED_ON))))
                        .toList(),
                succession.getLong("version"));
    }

    static SuccessionDealView deal(Document deal) {
        int halves = deal.getInteger(SuccessionFields.HALF_COUNTS);
        return new SuccessionDealView(
                SuccessionDealId.of(deal.getString("_id")),
                party(deal.get(SuccessionFields.SELLER, Document.class)),
                party(deal.get(SuccessionFields.BUYER, Document.class)),
                ReadModelDates.parse(deal.getString(SuccessionFields.CONCLUDED_ON)),
                deal.getInteger(SuccessionFields.FISCAL_YEAR),
                halves,
                halfCounted(halves));
    }

    private static DealParty party(Document party) {
        String caseId = party.getString(SuccessionFields.CASE_ID);
        return new DealParty(caseId == null ? null : SuccessionCaseId.of(caseId), party.getString(SuccessionFields.NAME),
                party.getBoolean(SuccessionFields.IN_PREFECTURE));
    }
}
