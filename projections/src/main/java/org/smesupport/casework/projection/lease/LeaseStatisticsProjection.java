package org.smesupport.casework.projection.lease;

import static org.smesupport.casework.projection.FiscalYearStatistics.add;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.lease.InterestSubsidyGrantedEvent;
import org.smesupport.casework.api.lease.LeaseArrearsArisenEvent;
import org.smesupport.casework.api.lease.LeaseArrearsLiftedEvent;
import org.smesupport.casework.api.lease.LeaseContractBroughtForwardEvent;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.smesupport.casework.api.lease.LeaseContractSettledEarlyEvent;
import org.smesupport.casework.api.lease.LeaseContractTerms;
import org.smesupport.casework.api.lease.LeasePaymentRecordedEvent;
import org.smesupport.casework.api.lease.LeasePaymentReversedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffApprovedEvent;
import org.smesupport.casework.api.lease.LeaseWriteOffReversedEvent;
import org.smesupport.casework.projection.FiscalYearStatistics;
import org.smesupport.casework.projection.GlobalPosition;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.StatisticsProjection;
import org.smesupport.casework.projection.YearChanges;
import org.smesupport.casework.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lease statistics, one document per fiscal year ({@code leases:FY2020}; see {@link FiscalYearStatistics}): contracts opened
 * and their amounts by industry, the year's receivables flows ({@link ReceivableFlows}, with the arrears
 * brought forward from the earlier books in the cut-over year) and interest
 * subsidies for new and existing contracts. Opening and closing arrears are not stored: a year's opening
 * is the sum of every earlier year's flows, which the report adds up from these few documents, so a
 * back-dated event changes one document and every later balance follows.
 * Events that change no figure (most payments recover no arrears) touch no document.
 */
@Component
@ProcessingGroup(LeaseStatisticsProjection.PROCESSING_GROUP)
public class LeaseStatisticsProjection implements StatisticsProjection {

    static final String PROCESSING_GROUP = "lease-statistics";
    public static final String COLLECTION = "lease_statistics";
    /** Each contract's holder ({@code {_id: contractId, companyId}}), for subsidy events that do not name it. */
    static final String HOLDERS_COLLECTION = "lease_statistics_holders";
    private static final String COMPANY_ID = "companyId";

    private final FiscalYearStatistics statistics;
    private final ReadModelStore holders;

    public LeaseStatisticsProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.statistics = new FiscalYearStatistics(readModels.getCollection(COLLECTION), cacheSize, "leases",
                LeaseStatisticsFields::zeroed);
        this.holders = new ReadModelStore(readModels.getCollection(HOLDERS_COLLECTION), cacheSize);
    }

    public static String documentId(FiscalYear fiscalYear) {
        return FiscalYearStatistics.documentId("leases", fiscalYear);
    }

    /** The industry a contract counts under; a company registered without one counts as その他. */
    public static Industry industry(Industry industry) {
        return industry == null ? Industry.OTHER : industry;
    }

    @Override
    public void watch(YearChanges changes) {
        statistics.watch(changes);
    }

    @EventHandler
    void on(LeaseContractOpenedEvent event, TrackingToken token) {
        String industry = industry(event.industry()).name();
        statistics.update(event.contractDate(), token, year -> {
            add(year.get(LeaseStatisticsFields.CONTRACTS_BY_INDUSTRY, Document.class), industry, 1);
            add(year.get(LeaseStatisticsFields.AMOUNT_BY_INDUSTRY, Document.class), industry, event.amount().value());
            addOnce(year, event.companyId().value());
        });
        recordHolder(event);
    }

    /**
     * A contract brought forward counted as a new contract in the year it was made, before the product: here only
     * its arrears count, in the cut-over year's opening balance. A contract with none touches no year.
     */
    @EventHandler
    void on(LeaseContractBroughtForwardEvent event, TrackingToken token) {
        receivables(ReceivableFlows.of(event), token);
        recordHolder(event);
    }

    @EventHandler
    void on(LeaseArrearsArisenEvent event, TrackingToken token) {
        receivables(ReceivableFlows.of(event), token);
    }

    @EventHandler
    void on(LeasePaymentRecordedEvent event, TrackingToken token) {
        receivables(ReceivableFlows.of(event), token);
    }

    @EventHandler
    void on(LeasePaymentReversedEvent event, TrackingToken token) {
        receivables(ReceivableFlows.of(event), token);
    }

    @EventHandler
    void on(LeaseContractSettledEarlyEvent event, TrackingToken token) {
        receivables(ReceivableFlows.of(event), token);
    }

    @EventHandler
    void on(LeaseWriteOffApprovedEvent event, TrackingToken token) {
        receivables(ReceivableFlows.of(event), token);
    }

    @EventHandler
    void on(LeaseWriteOffReversedEvent event, TrackingToken token) {
        receivables(ReceivableFlows.of(event), token);
    }

    @EventHandler
    void on(LeaseArrearsLiftedEvent event, TrackingToken token) {
        receivables(ReceivableFlows.of(event), token);
    }

    /**
     * A subsidy counts in the fiscal year it is for; what it recovers of arrears counts in the year it was
     * granted. Mostly one year, then one document takes both, since a second visit under the same position
     * would be skipped as already applied.
     */
    @EventHandler
    void on(InterestSubsidyGrantedEvent event, TrackingToken token) {
        GlobalPosition position = GlobalPosition.of(token);
        ReceivableFlows flows = ReceivableFlows.of(event);
        FiscalYear subsidyYear = FiscalYear.of(event.fiscalYear());
        boolean sameYear = flows.fiscalYear().equals(subsidyYear);
        String company = holder(event);
        statistics.update(subsidyYear, position, year -> {
            Document subsidies = year.get(LeaseStatisticsFields.SUBSIDIES, Document.class).get(
                    event.newContract() ? LeaseStatisticsFields.NEW_CONTRACTS : LeaseStatisticsFields.EXISTING_CONTRACTS,
                    Document.class);
            add(subsidies, LeaseStatisticsFields.COUNT, 1);
            add(subsidies, LeaseStatisticsFields.AMOUNT, event.total().value());
            addOnce(subsidies, company);
            if (sameYear) {
                flows.addTo(year.get(LeaseStatisticsFields.RECEIVABLES, Document.class));
            }
        });
        if (!sameYear && !flows.isZero()) {
            receivables(flows, position);
        }
    }

    private void recordHolder(LeaseContractTerms contract) {
        holders.save(new Document("_id", contract.contractId().value()).append(COMPANY_ID, contract.companyId().value()));
    }

    /** The event names the holder; one stored before it did is the contract's, recorded at its opening. */
    private String holder(InterestSubsidyGrantedEvent event) {
        if (event.companyId() != null) {
            return event.companyId().value();
        }
        Document holder = holders.find(event.contractId().value());
        if (holder == null) {
            throw new IllegalStateException("no opening recorded for lease contract " + event.contractId()
                    + ", whose interest subsidy names no company");
        }
        return holder.getString(COMPANY_ID);
    }

    @ResetHandler
    void reset() {
        statistics.clear();
        holders.clear();
    }

    private void receivables(ReceivableFlows flows, TrackingToken token) {
        if (!flows.isZero()) {
            receivables(flows, GlobalPosition.of(token));
        }
    }

    private void receivables(ReceivableFlows flows, GlobalPosition position) {
        statistics.update(flows.fiscalYear(), position, year -> flows.addTo(year.get(LeaseStatisticsFields.RECEIVABLES, Document.class)));
    }


    /** Adds the company to the document's {@code companies} unless it is there already (a firm counts once). */
    private static void addOnce(Document document, String companyId) {
        List<String> companies = document.getList(LeaseStatisticsFields.COMPANIES, String.class);
        if (companies == null) {
            companies = new ArrayList<>();
            document.put(LeaseStatisticsFields.COMPANIES, companies);
        }
        if (!companies.contains(companyId)) {
            companies.add(companyId);
        }
    }
}
