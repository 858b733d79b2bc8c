package org.smesupport.casework.query.reference;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.reference.FindReferenceQuery;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.api.reference.ReferenceView;
import org.smesupport.casework.projection.reference.ReferenceProjection;
import org.springframework.stereotype.Component;

/** Answers which record a reference names, from the {@code references} read model (one read by {@code _id}). */
@Component
class ReferenceQueryHandler {

    private final MongoCollection<Document> references;

    ReferenceQueryHandler(MongoDatabase readModels) {
        this.references = readModels.getCollection(ReferenceProjection.COLLECTION);
    }

    @QueryHandler
    ReferenceView handle(FindReferenceQuery query) {
        Document reference = references.find(Filters.eq("_id", query.reference())).first();
        if (reference == null) {
            return null;
        }
        return new ReferenceView(query.reference(),
                ReferenceKind.valueOf(reference.getString(ReferenceProjection.KIND)),
                reference.getString(ReferenceProjection.RECORD_ID));
    }
}
