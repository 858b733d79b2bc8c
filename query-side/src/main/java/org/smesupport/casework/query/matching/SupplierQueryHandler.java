package org.smesupport.casework.query.matching;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.smesupport.casework.api.matching.FindSupplierQuery;
import org.smesupport.casework.api.matching.FindSuppliersQuery;
import org.smesupport.casework.api.matching.SupplierPage;
import org.smesupport.casework.api.matching.SupplierView;
import org.smesupport.casework.projection.matching.SupplierFields;
import org.smesupport.casework.projection.matching.SupplierProjection;
import org.springframework.stereotype.Component;

/** Answers supplier queries from the {@code matching_suppliers} read model. */
@Component
class SupplierQueryHandler {

    private final MongoCollection<Document> suppliers;

    SupplierQueryHandler(MongoDatabase readModels) {
        this.suppliers = readModels.getCollection(SupplierProjection.COLLECTION);
    }

    /** Filtered by plain fields, which a real MongoDB serves from the projection's indexes; the embedded server scans. */
    @QueryHandler
    SupplierPage handle(FindSuppliersQuery query) {
        Bson filter = filter(query);
        List<SupplierView> items = suppliers.find(filter)
                .sort(Sorts.descending(SupplierFields.REGISTERED_ON, "_id"))
                .skip(query.page() * query.size())
                .limit(query.size())
                .map(MatchingViews::supplier)
                .into(new ArrayList<>());
        return new SupplierPage(items, query.page(), query.size(), suppliers.countDocuments(filter));
    }

    @QueryHandler
    SupplierView handle(FindSupplierQuery query) {
        Document supplier = suppliers.find(Filters.eq("_id", query.supplierId().value())).first();
        return supplier == null ? null : MatchingViews.supplier(supplier);
    }

    private static Bson filter(FindSuppliersQuery query) {
        List<Bson> conditions = new ArrayList<>();
        if (query.status() != null) {
            conditions.add(Filters.eq(SupplierFields.STATUS, query.status().name()));
        }
        if (query.process() != null) {
            // Equality on an array field matches documents whose array holds the value.
            conditions.add(Filters.eq(SupplierFields.PROFILE + "." + SupplierFields.PROCESSES, query.process().name()));
        }
        if (query.region() != null) {
            conditions.add(Filters.eq(SupplierFields.PROFILE + "." + SupplierFields.REGION, query.region().name()));
        }
        return conditions.isEmpty() ? new Document() : Filters.and(conditions);
    }
}
