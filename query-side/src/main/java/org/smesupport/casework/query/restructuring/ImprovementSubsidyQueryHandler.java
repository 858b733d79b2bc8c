package org.smesupport.casework.query.restructuring;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.smesupport.casework.api.restructuring.FindImprovementSubsidiesQuery;
import org.smesupport.casework.api.restructuring.FindImprovementSubsidyQuery;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyPage;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyView;
import org.smesupport.casework.projection.restructuring.ImprovementSubsidyFields;
import org.smesupport.casework.projection.restructuring.ImprovementSubsidyProjection;
import org.smesupport.casework.query.company.CompanyNames;
import org.springframework.stereotype.Component;

/** Answers subsidy-file queries from the {@code restructuring_subsidies} read model. */
@Component
class ImprovementSubsidyQueryHandler {

    private final MongoCollection<Document> subsidies;
    private final CompanyNames companyNames;

    ImprovementSubsidyQueryHandler(MongoDatabase readModels, CompanyNames companyNames) {
        this.companyNames = companyNames;
        this.subsidies = readModels.getCollection(ImprovementSubsidyProjection.COLLECTION);
    }

    @QueryHandler
    ImprovementSubsidyPage handle(FindImprovementSubsidiesQuery query) {
        List<Bson> conditions = new ArrayList<>();
        if (query.kind() != null) {
            conditions.add(Filters.eq(ImprovementSubsidyFields.KIND, query.kind().name()));
        }
        if (query.companyId() != null) {
            conditions.add(Filters.eq(ImprovementSubsidyFields.COMPANY_ID, query.companyId()));
        }
        Bson filter = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        List<Document> found = subsidies.find(filter)
                .sort(Sorts.descending(ImprovementSubsidyFields.LAST_STEP_ON, "_id"))
                .skip(query.page() * query.size())
                .limit(query.size())
                .into(new ArrayList<>());
        Map<String, String> names = names(found);
        List<ImprovementSubsidyView> items = found.stream().map(subsidy -> RestructuringViews.subsidy(subsidy, names))
                .toList();
        return new ImprovementSubsidyPage(items, query.page(), query.size(), subsidies.countDocuments(filter));
    }

    @QueryHandler
    ImprovementSubsidyView handle(FindImprovementSubsidyQuery query) {
        Document subsidy = subsidies.find(Filters.eq("_id", query.subsidyId().value())).first();
        return subsidy == null ? null : RestructuringViews.subsidy(subsidy, names(List.of(subsidy)));
    }

    private Map<String, String> names(List<Document> files) {
        return companyNames.of(RestructuringViews.companyIds(files, ImprovementSubsidyFields.COMPANY_ID));
    }
}
