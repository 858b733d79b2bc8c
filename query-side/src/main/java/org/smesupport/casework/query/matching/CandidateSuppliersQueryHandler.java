package org.smesupport.casework.query.matching;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.matching.CandidateSupplier;
import org.smesupport.casework.api.matching.CandidateSuppliers;
import org.smesupport.casework.api.matching.FindCandidateSuppliersQuery;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.projection.matching.OrderRequestFields;
import org.smesupport.casework.projection.matching.OrderRequestProjection;
import org.smesupport.casework.projection.matching.SupplierIndex;
import org.springframework.stereotype.Component;

/**
 * Ranks registered suppliers for an order request ({@link CandidateScoring}). It reads the request and the
 * {@link SupplierIndex} documents of its processes, each by plain {@code _id}, and scores in memory: a
 * supplier offering none of the required processes is in none of those documents and so never considered,
 * a withdrawn one is in no document at all. A request naming no process is scored against every indexed
 * supplier. Reading a dozen documents by {@code _id} instead of scanning {@code matching_suppliers} is what
 * keeps this fast on the embedded server, which serves nothing else from an index.
 */
@Component
class CandidateSuppliersQueryHandler {

    /** Equal scores: more spare capacity first, then by id so that the order never varies. */
    private static final Comparator<CandidateScoring.Assessment> BEST_FIRST =
            Comparator.<CandidateScoring.Assessment>comparingInt(assessment -> assessment.candidate().score()).reversed()
                    .thenComparing(Comparator.comparingInt(CandidateScoring.Assessment::hours).reversed())
                    .thenComparing(assessment -> assessment.candidate().supplierId().value());

    private final MongoCollection<Document> requests;
    private final MongoCollection<Document> index;

    CandidateSuppliersQueryHandler(MongoDatabase readModels) {
        this.requests = readModels.getCollection(OrderRequestProjection.COLLECTION);
        this.index = readModels.getCollection(SupplierIndex.COLLECTION);
    }

    @QueryHandler
    CandidateSuppliers handle(FindCandidateSuppliersQuery query) {
        Document request = requests.find(Filters.eq("_id", query.orderRequestId().value())).first();
        if (request == null) {
            return null;
        }
        OrderRequestDetails details = MatchingViews.details(request);
        Map<String, Document> suppliers = indexed(details.processes().isEmpty()
                ? EnumSet.allOf(Process.class) : details.processes());
        Map<String, String> introduced = introducedOn(request);
        CandidateScoring scoring = new CandidateScoring(details);
        List<CandidateSupplier> candidates = suppliers.values().stream()
                .map(scoring::assess)
                .sorted(BEST_FIRST)
                .limit(Math.max(0, query.limit()))
                .map(assessment -> noteIntroduction(assessment.candidate(), introduced))
                .toList();
        return new CandidateSuppliers(query.orderRequestId(), suppliers.size(), candidates);
    }

    /** The index entries of every supplier offering at least one of the processes, once each, by supplier id. */
    private Map<String, Document> indexed(Set<Process> processes) {
        Map<String, Document> suppliers = new HashMap<>();
        for (Process process : processes) {
            Document document = index.find(Filters.eq("_id", SupplierIndex.documentId(process))).first();
            if (document != null) {
                for (Object entry : document.get(SupplierIndex.SUPPLIERS, Document.class).values()) {
                    Document supplier = (Document) entry;
                    suppliers.putIfAbsent(supplier.getString(SupplierIndex.ID), supplier);
                }
            }
        }
        return suppliers;
    }

    /** The first introduction of each supplier to this request, by supplier id. */
    private static Map<String, String> introducedOn(Document request) {
        Map<String, String> introduced = new HashMap<>();
        OrderRequestFields.referrals(request).forEach(referral -> introduced.putIfAbsent(
                referral.getString(OrderRequestFields.SUPPLIER_ID), referral.getString(OrderRequestFields.INTRODUCED_ON)));
        return introduced;
    }

    /** A caseworker should see that a candidate was introduced already; it does not change the fit. */
    private static CandidateSupplier noteIntroduction(CandidateSupplier candidate, Map<String, String> introduced) {
        String on = introduced.get(candidate.supplierId().value());
        if (on == null) {
            return candidate;
        }
        List<String> reasons = new ArrayList<>(candidate.reasons());
        reasons.add("already introduced for this request on " + on);
        return new CandidateSupplier(candidate.supplierId(), candidate.companyName(), candidate.region(),
                candidate.score(), List.copyOf(reasons));
    }
}
