package org.smesupport.casework.query.lease;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.lease.ArrearsBucket;
import org.smesupport.casework.api.lease.FindLeasePortfolioQuery;
import org.smesupport.casework.api.lease.FindPendingLeaseApprovalsQuery;
import org.smesupport.casework.api.lease.LeaseApprovalQueue;
import org.smesupport.casework.api.lease.LeaseApprovalRequest;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.api.lease.LeasePortfolio;
import org.smesupport.casework.api.lease.LeasePortfolioLine;
import org.smesupport.casework.projection.lease.ContractFields;
import org.smesupport.casework.projection.lease.LeaseContractProjection;
import org.smesupport.casework.projection.lease.LeaseStatisticsProjection;
import org.smesupport.casework.query.company.CompanyNames;
import org.springframework.stereotype.Component;

/**
 * The portfolio and the supervisor's queue, both computed when asked from the per-contract documents rather
 * than kept in documents of their own: the ageing depends on the date asked about, so it cannot be
 * precomputed, and the same pass gives the totals. It is a scan over {@code lease_contracts} reading a
 * handful of fields per contract, which a centre's few thousand contracts make a matter of milliseconds; a
 * second read model for the totals would be one more thing to keep idempotent for no gain at that scale.
 */
@Component
class LeasePortfolioQueryHandler {

    private final MongoCollection<Document> contracts;
    private final CompanyNames companyNames;

    LeasePortfolioQueryHandler(MongoDatabase readModels, CompanyNames companyNames) {
        this.companyNames = companyNames;
        this.contracts = readModels.getCollection(LeaseContractProjection.COLLECTION);
    }

    @QueryHandler
    LeasePortfolio handle(FindLeasePortfolioQuery query) {
        Totals total = new Totals();
        Map<Industry, Totals> byIndustry = totalsFor(Industry.class);
        Map<LeaseContractStatus, Totals> byStatus = totalsFor(LeaseContractStatus.class);
        Map<ArrearsBucket, Totals> byBucket = totalsFor(ArrearsBucket.class);
        Totals notPastDue = new Totals();
        contracts.find()
                .projection(Projections.include(ContractFields.INDUSTRY, ContractFields.STATUS,
                        ContractFields.OUTSTANDING_PRINCIPAL, ContractFields.ARREARS, ContractFields.OLDEST_ARREARS_DUE_DATE))
                .forEach(contract -> {
                    long principal = contract.getLong(ContractFields.OUTSTANDING_PRINCIPAL);
                    long arrears = contract.getLong(ContractFields.ARREARS);
                    total.add(principal, arrears);
                    byIndustry.get(LeaseStatisticsProjection.industry(industry(contract))).add(principal, arrears);
                    byStatus.get(LeaseViews.status(contract)).add(principal, arrears);
                    if (arrears > 0) {
                        Long days = LeaseViews.daysPastDue(contract, query.asOf());
                        (days == null ? notPastDue : byBucket.get(ArrearsBucket.of(days))).add(principal, arrears);
                    }
                });
        return new LeasePortfolio(query.asOf(),
                total.line("TOTAL", "合計"),
                lines(byIndustry, Industry::label),
                lines(byStatus, LeaseContractStatus::name),
                lines(byBucket, ArrearsBucket::label),
                notPastDue.line("NOT_PAST_DUE", "期日未到来"));
    }

    /** Pending requests of every contract, oldest first; a scan filtered on the contract's pending count. */
    @QueryHandler
    LeaseApprovalQueue handle(FindPendingLeaseApprovalsQuery query) {
        List<Document> pending = contracts.find(Filters.gt(ContractFields.PENDING_APPROVALS, 0))
                .projection(Projections.include(ContractFields.COMPANY_ID, ContractFields.PENDING_REQUESTS))
                .into(new ArrayList<>());
        Map<String, String> names = companyNames.of(LeaseViews.companyIds(pending));
        List<LeaseApprovalRequest> requests = new ArrayList<>();
        pending.forEach(contract -> LeaseViews.pendingRequests(contract, names).stream()
                .filter(request -> query.kind() == null || request.kind() == query.kind())
                .forEach(requests::add));
        requests.sort(Comparator.comparing(LeaseApprovalRequest::requestedOn)
                .thenComparing(LeaseApprovalRequest::contractId)
                .thenComparing(LeaseApprovalRequest::requestId));
        return new LeaseApprovalQueue(requests);
    }

    private static Industry industry(Document contract) {
        String industry = contract.getString(ContractFields.INDUSTRY);
        return industry == null ? null : Industry.valueOf(industry);
    }

    private static <E extends Enum<E>> Map<E, Totals> totalsFor(Class<E> type) {
        Map<E, Totals> totals = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            totals.put(key, new Totals());
        }
        return totals;
    }

    private static <E extends Enum<E>> List<LeasePortfolioLine> lines(Map<E, Totals> totals,
                                                                     Function<E, String> label) {
        return totals.entrySet().stream()
                .map(entry -> entry.getValue().line(entry.getKey().name(), label.apply(entry.getKey())))
                .toList();
    }

    /** Running sums for one line. */
    private static final class Totals {
        private long contracts;
        private long outstandingPrincipal;
        private long arrears;

        void add(long principal, long arrearsOfContract) {
            contracts++;
            outstandingPrincipal = Math.addExact(outstandingPrincipal, principal);
            arrears = Math.addExact(arrears, arrearsOfContract);
        }

        LeasePortfolioLine line(String code, String label) {
            return new LeasePortfolioLine(code, label, contracts, Yen.of(outstandingPrincipal), Yen.of(arrears));
        }
    }
}
