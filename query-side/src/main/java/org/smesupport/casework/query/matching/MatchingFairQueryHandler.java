package org.smesupport.casework.query.matching;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.matching.FindMatchingFairQuery;
import org.smesupport.casework.api.matching.FindMatchingFairsQuery;
import org.smesupport.casework.api.matching.MatchingFairList;
import org.smesupport.casework.api.matching.MatchingFairView;
import org.smesupport.casework.projection.matching.FairFields;
import org.smesupport.casework.projection.matching.MatchingFairProjection;
import org.springframework.stereotype.Component;

/** Answers fair queries from the {@code matching_fairs} read model (a handful of fairs a year). */
@Component
class MatchingFairQueryHandler {

    private final MongoCollection<Document> fairs;

    MatchingFairQueryHandler(MongoDatabase readModels) {
        this.fairs = readModels.getCollection(MatchingFairProjection.COLLECTION);
    }

    @QueryHandler
    MatchingFairList handle(FindMatchingFairsQuery query) {
        Document filter = query.fiscalYear() == null ? new Document() : new Document(FairFields.FISCAL_YEAR, query.fiscalYear());
        return new MatchingFairList(fairs.find(filter)
                .projection(Projections.exclude(FairFields.PARTICIPANTS))
                .sort(Sorts.ascending(FairFields.STARTS_ON, "_id"))
                .map(MatchingViews::fairSummary)
                .into(new ArrayList<>()));
    }

    @QueryHandler
    MatchingFairView handle(FindMatchingFairQuery query) {
        Document fair = fairs.find(Filters.eq("_id", query.fairId().value())).first();
        if (fair == null) {
            return null;
        }
        return new MatchingFairView(MatchingViews.fairSummary(fair),
                FairFields.participants(fair).stream().map(MatchingViews::participant).toList());
    }
}
