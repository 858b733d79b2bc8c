package org.smesupport.casework.query.company;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.smesupport.casework.projection.company.CompanyProjection;
import org.springframework.stereotype.Component;

/**
 * Company names for the programmes' lists and views, read from the {@code companies} read model when a query is
 * answered rather than copied into each programme's read model: a company can be renamed, and a lookup at query
 * time always gives the current name without replaying anything. Public so that each programme's query handlers
 * use it as a component, never the companies read model itself.
 */
@Component
public class CompanyNames {

    private final MongoCollection<Document> companies;

    public CompanyNames(MongoDatabase readModels) {
        this.companies = readModels.getCollection(CompanyProjection.COLLECTION);
    }

    /** The current name of each company found, in one query; an id not found (or {@code null}) is absent. */
    public Map<String, String> of(Collection<String> companyIds) {
        Map<String, String> names = new HashMap<>();
        List<String> wanted = companyIds.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return names;
        }
        companies.find(Filters.in("_id", wanted))
                .projection(Projections.include("_id", "name"))
                .forEach(company -> names.put(company.getString("_id"), company.getString("name")));
        return names;
    }
}
