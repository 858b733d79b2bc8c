package org.smesupport.casework.query.company;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.common.BusinessDate;
import org.smesupport.casework.api.common.FindBusinessDateQuery;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanySummary;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.company.FindCompanyQuery;
import org.smesupport.casework.api.company.FindCompanySummaryQuery;
import org.smesupport.casework.api.consultation.ConsultationCasePage;
import org.smesupport.casework.api.consultation.ConsultationStatus;
import org.smesupport.casework.api.consultation.FindConsultationCasesQuery;
import org.smesupport.casework.api.lease.FindLeaseContractsQuery;
import org.smesupport.casework.api.lease.LeaseContractPage;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.api.lease.LeaseContractSummary;
import org.smesupport.casework.api.matching.FindSupplierQuery;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierStatus;
import org.smesupport.casework.api.matching.SupplierView;
import org.smesupport.casework.api.restructuring.FindImprovementSubsidiesQuery;
import org.smesupport.casework.api.restructuring.FindRestructuringCasesQuery;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyPage;
import org.smesupport.casework.api.restructuring.RestructuringCasePage;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.api.succession.FindSuccessionCasesQuery;
import org.smesupport.casework.api.succession.SuccessionCasePage;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.stereotype.Component;

/**
 * A company's figures across the programmes, asked of each programme's own query handlers on the query bus, so
 * each figure is what that programme's pages and reports show (this handler keeps no read model of its own).
 */
@Component
class CompanySummaryQueryHandler {


    private final QueryGateway queries;

    CompanySummaryQueryHandler(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryHandler
    CompanySummary handle(FindCompanySummaryQuery query) {
        CompanyView company = ask(new FindCompanyQuery(query.companyId()), CompanyView.class);
        if (company == null) {
            return null;
        }
        String id = query.companyId().value();
        return new CompanySummary(company, consultations(id), leases(id), supplier(query.companyId()),
                restructuring(id), ask(new FindSuccessionCasesQuery(null, id, 0, 1), SuccessionCasePage.class).total(),
                ask(new FindImprovementSubsidiesQuery(null, id, 0, 1), ImprovementSubsidyPage.class).total());
    }

    private CompanySummary.Consultations consultations(String companyId) {
        return new CompanySummary.Consultations(
                ask(new FindConsultationCasesQuery(null, ConsultationStatus.OPEN, null, companyId, null, null, null, 0, 1),
                        ConsultationCasePage.class).total(),
                ask(new FindConsultationCasesQuery(null, null, null, companyId, null, null, null, 0, 1),
                        ConsultationCasePage.class).total());
    }

    /** Summed over every contract, page by page: a company's contracts are few, but none may be left out. */
    private CompanySummary.Leases leases(String companyId) {
        long active = 0;
        long total = 0;
        Yen outstanding = Yen.ZERO;
        Yen arrears = Yen.ZERO;
        Yen writtenOff = Yen.ZERO;
        for (int page = 0; ; page++) {
            LeaseContractPage contracts = ask(new FindLeaseContractsQuery(null, companyId, null, null, null, page,
                    QueryParameters.MAX_PAGE_SIZE), LeaseContractPage.class);
            for (LeaseContractSummary contract : contracts.items()) {
                total++;
                active += contract.status() == LeaseContractStatus.ACTIVE ? 1 : 0;
                outstanding = outstanding.plus(contract.outstandingPrincipal());
                arrears = arrears.plus(contract.arrears());
                writtenOff = writtenOff.plus(contract.writtenOffBalance());
            }
            if (contracts.items().size() < QueryParameters.MAX_PAGE_SIZE) {
                return new CompanySummary.Leases(active, total, outstanding, arrears, writtenOff);
            }
        }
    }

    private SupplierStatus supplier(CompanyId companyId) {
        return Optional.ofNullable(ask(new FindSupplierQuery(SupplierId.forCompany(companyId)), SupplierView.class))
                .map(SupplierView::status).orElse(null);
    }

    private CompanySummary.Restructuring restructuring(String companyId) {
        LocalDate today = ask(new FindBusinessDateQuery(), BusinessDate.class).businessDate();
        long inProgress = RestructuringStage.IN_PROGRESS.stream().mapToLong(stage -> ask(new FindRestructuringCasesQuery(stage, null,
                companyId, today, 0, 1), RestructuringCasePage.class).total()).sum();
        return new CompanySummary.Restructuring(inProgress, ask(new FindRestructuringCasesQuery(null, null, companyId,
                today, 0, 1), RestructuringCasePage.class).total());
    }

    private <R> R ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }
}
