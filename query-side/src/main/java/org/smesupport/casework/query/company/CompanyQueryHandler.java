package org.smesupport.casework.query.company;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.smesupport.casework.api.company.CompanyPage;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.company.FindCompaniesQuery;
import org.smesupport.casework.api.company.FindCompanyQuery;
import org.smesupport.casework.api.company.IdentityDocument;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.projection.company.CompanyProjection;
import org.smesupport.casework.projection.company.CompanySearchKey;
import org.springframework.stereotype.Component;

/** Answers company queries from the {@code companies} read model. */
@Component
class CompanyQueryHandler {

    private final MongoCollection<Document> companies;

    CompanyQueryHandler(MongoDatabase readModels) {
        this.companies = readModels.getCollection(CompanyProjection.COLLECTION);
    }

    @QueryHandler
    CompanyPage handle(FindCompaniesQuery query) {
        Bson filter = filter(query);
        List<CompanyView> items = companies.find(filter)
                .sort(Sorts.ascending("_id"))
                .skip(query.page() * query.size())
                .limit(query.size())
                .map(CompanyQueryHandler::view)
                .into(new ArrayList<>());
        return new CompanyPage(items, query.page(), query.size(), companies.countDocuments(filter));
    }

    /** Every filter the query names; part of the name as a literal substring of the search key. */
    private static Bson filter(FindCompaniesQuery query) {
        List<Bson> conditions = new ArrayList<>();
        if (query.name() != null) {
            conditions.add(Filters.regex(CompanyProjection.SEARCH_NAME,
                    Pattern.quote(CompanySearchKey.of(query.name()))));
        }
        if (query.corporateNumber() != null) {
            conditions.add(Filters.eq("corporateNumber", query.corporateNumber()));
        }
        if (query.municipality() != null) {
            conditions.add(Filters.eq("municipality", query.municipality()));
        }
        if (query.industry() != null) {
            conditions.add(Filters.eq("industry", query.industry().name()));
        }
        return conditions.isEmpty() ? new Document() : Filters.and(conditions);
    }

    @QueryHandler
    CompanyView handle(FindCompanyQuery query) {
        Document company = companies.find(Filters.eq("_id", query.companyId().value())).first();
        return company == null ? null : view(company);
    }

    private static CompanyView view(Document company) {
        return new CompanyView(
                company.getString("_id"),
                company.getString("corporateNumber"),
                company.getString("identityDocument") == null ? null
                        : IdentityDocument.valueOf(company.getString("identityDocument")),
                company.getString("name"),
                company.getString("kana"),
                Industry.valueOf(company.getString("industry")),
                company.getString("municipality"),
                SizeClass.valueOf(company.getString("sizeClass")),
                company.getLong("version"),
                company.getDate("registeredAt").toInstant(),
                company.getDate("updatedAt").toInstant());
    }
}
