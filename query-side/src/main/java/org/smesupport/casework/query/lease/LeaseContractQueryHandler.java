package org.smesupport.casework.query.lease;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.smesupport.casework.api.common.ReadModelNotCurrent;
import org.smesupport.casework.api.common.TimelineEntry;
import org.smesupport.casework.api.lease.ArrearsBucket;
import org.smesupport.casework.api.lease.ContractsDueForArrears;
import org.smesupport.casework.api.lease.FindContractsDueForArrearsQuery;
import org.smesupport.casework.api.lease.FindLeaseContractQuery;
import org.smesupport.casework.api.lease.FindLeaseContractsQuery;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractPage;
import org.smesupport.casework.api.lease.LeaseContractSummary;
import org.smesupport.casework.api.lease.LeaseContractView;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelFreshness;
import org.smesupport.casework.projection.RecordReference;
import org.smesupport.casework.projection.TimelinePages;
import org.smesupport.casework.projection.lease.ContractFields;
import org.smesupport.casework.projection.lease.LeaseContractProjection;
import org.smesupport.casework.query.company.CompanyNames;
import org.springframework.stereotype.Component;

/** Answers contract queries from the {@code lease_contracts} read model and its {@link TimelinePages}. */
@Component
class LeaseContractQueryHandler {

    /** What a list or a scan never needs: the bulky parts of a contract. */
    private static final Bson SUMMARY_FIELDS = Projections.exclude(ContractFields.SCHEDULE,
            ContractFields.PENDING_REQUESTS, ContractFields.ROLL_FORWARD, TimelinePages.OPEN_PAGE);

    private final MongoCollection<Document> contracts;
    private final MongoCollection<Document> timelinePages;
    private final ReadModelFreshness freshness;
    private final CompanyNames companyNames;

    LeaseContractQueryHandler(MongoDatabase readModels, ReadModelFreshness freshness, CompanyNames companyNames) {
        this.freshness = freshness;
        this.companyNames = companyNames;
        this.contracts = readModels.getCollection(LeaseContractProjection.COLLECTION);
        this.timelinePages = readModels.getCollection(LeaseContractProjection.TIMELINE_COLLECTION);
    }

    @QueryHandler
    LeaseContractPage handle(FindLeaseContractsQuery query) {
        Bson filter = filter(query);
        List<Document> found = contracts.find(filter)
                .projection(SUMMARY_FIELDS)
                .sort(Sorts.descending(ContractFields.CONTRACT_DATE, "_id"))
                .skip(query.page() * query.size())
                .limit(query.size())
                .into(new ArrayList<>());
        Map<String, String> names = companyNames.of(LeaseViews.companyIds(found));
        List<LeaseContractSummary> items = found.stream().map(contract -> LeaseViews.summary(contract, names)).toList();
        return new LeaseContractPage(items, query.page(), query.size(), contracts.countDocuments(filter));
    }

    @QueryHandler
    LeaseContractView handle(FindLeaseContractQuery query) {
        String contractId = query.contractId().value();
        Document contract = contracts.find(Filters.eq("_id", contractId)).first();
        if (contract == null) {
            return null;
        }
        Map<String, String> names = companyNames.of(LeaseViews.companyIds(List.of(contract)));
        LeaseContractSummary summary = LeaseViews.summary(contract, names);
        Long daysPastDue = LeaseViews.daysPastDue(contract, query.asOf());
        return new LeaseContractView(
                summary,
                LeaseViews.yen(contract, ContractFields.DOWN_PAYMENT),
                contract.getInteger(ContractFields.TERM_MONTHS),
                PaymentFrequency.valueOf(contract.getString(ContractFields.FREQUENCY)),
                contract.getInteger(ContractFields.ANNUAL_RATE_BASIS_POINTS),
                contract.getInteger(ContractFields.INTEREST_FREE_MONTHS),
                ReadModelDates.parse(contract.getString(ContractFields.CLOSED_ON)),
                LeaseViews.yen(contract, ContractFields.INTEREST_WAIVED),
                query.asOf(),
                daysPastDue,
                daysPastDue == null ? null : ArrearsBucket.of(daysPastDue),
                ContractFields.schedule(contract).stream()
                        .map(instalment -> LeaseViews.instalment(instalment, query.asOf()))
                        .toList(),
                LeaseViews.rollForward(contract),
                LeaseViews.pendingRequests(contract, names),
                timeline(contract, summary.version()));
    }

    /**
     * For the close-of-business run, which must see every contract: refused while the read model has not
     * applied every stored event. The projection keeps {@code nextUnflaggedDueDate} on active contracts
     * only, so the filter is one comparison; the embedded server scans for it (it serves only {@code _id}
     * from an index), a real MongoDB uses the index the projection declares.
     */
    @QueryHandler
    ContractsDueForArrears handle(FindContractsDueForArrearsQuery query) {
        // a contract the read model has not caught up with would be skipped, and its day closed anyway
        freshness.whyNotCurrent(LeaseContractProjection.PROCESSING_GROUP).ifPresent(reason -> {
            throw new ReadModelNotCurrent(LeaseContractProjection.PROCESSING_GROUP, reason);
        });
        List<ContractsDueForArrears.Due> due = contracts
                .find(Filters.lte(ContractFields.NEXT_UNFLAGGED_DUE_DATE, ReadModelDates.format(query.dueOnOrBefore())))
                .projection(Projections.include("_id", ContractFields.NEXT_UNFLAGGED_DUE_DATE))
                .sort(Sorts.ascending("_id"))
                .map(contract -> new ContractsDueForArrears.Due(LeaseContractId.of(contract.getString("_id")),
                        ReadModelDates.parse(contract.getString(ContractFields.NEXT_UNFLAGGED_DUE_DATE))))
                .into(new ArrayList<>());
        return new ContractsDueForArrears(due);
    }

    private List<TimelineEntry> timeline(Document contract, long version) {
        return TimelinePages.entries(timelinePages, contract, version);
    }

    private static Bson filter(FindLeaseContractsQuery query) {
        List<Bson> conditions = new ArrayList<>();
        if (query.status() != null) {
            conditions.add(Filters.eq(ContractFields.STATUS, query.status().name()));
        }
        if (query.companyId() != null) {
            conditions.add(Filters.eq(ContractFields.COMPANY_ID, query.companyId()));
        }
        if (query.industry() != null) {
            conditions.add(Filters.eq(ContractFields.INDUSTRY, query.industry().name()));
        }
        if (query.inArrears() != null) {
            conditions.add(query.inArrears()
                    ? Filters.gt(ContractFields.ARREARS, 0L)
                    : Filters.lte(ContractFields.ARREARS, 0L));
        }
        if (query.reference() != null) {
            conditions.add(Filters.eq(RecordReference.FIELD, query.reference()));
        }
        return conditions.isEmpty() ? new Document() : Filters.and(conditions);
    }
}
