package org.smesupport.casework.query.consultation;

import static org.smesupport.casework.query.QueryParameters.constant;
import static org.smesupport.casework.query.QueryParameters.text;

import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.AcceptedDates;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCasePage;
import org.smesupport.casework.api.consultation.ConsultationCaseView;
import org.smesupport.casework.api.consultation.ConsultationStatus;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.FindConsultationCaseQuery;
import org.smesupport.casework.api.consultation.FindConsultationCasesQuery;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/consultations")
class ConsultationCaseController {

    private final QueryGateway queries;
    private final AcceptedDates dates;

    ConsultationCaseController(QueryGateway queries, AcceptedDates dates) {
        this.queries = queries;
        this.dates = dates;
    }

    /**
     * Lists the consultation cases, newest first.
     * They can be filtered by desk, status, caseworker, company and opening dates (inclusive); {@code reference}
     * finds a case by its reference, exactly as written ({@code 相談-2020-000123}).
     */
    @GetMapping
    ConsultationCasePage list(@RequestParam(required = false) String desk,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) String caseworker,
                              @RequestParam(required = false) String companyId,
                              @RequestParam(required = false) String openedFrom,
                              @RequestParam(required = false) String openedTo,
                              @RequestParam(required = false) String reference,
                              @RequestParam(defaultValue = "0") String page,
                              @RequestParam(defaultValue = "20") String size) {
        LocalDate from = QueryParameters.date("openedFrom", openedFrom, dates);
        LocalDate to = QueryParameters.date("openedTo", openedTo, dates);
        if (from != null && to != null && from.isAfter(to)) {
            throw QueryParameters.badRequest("openedFrom " + from + " is after openedTo " + to);
        }
        FindConsultationCasesQuery query = new FindConsultationCasesQuery(
                constant("desk", Desk.class, desk),
                constant("status", ConsultationStatus.class, status),
                text(caseworker),
                text(companyId),
                from,
                to,
                text(reference),
                QueryParameters.page(page),
                QueryParameters.size(size));
        return queries.query(query, ResponseTypes.instanceOf(ConsultationCasePage.class)).join();
    }

    /**
     * Shows one consultation case with every step that led to its state.
     * The steps are listed oldest first.
     */
    @GetMapping("/{caseId}")
    ConsultationCaseView one(@PathVariable String caseId) {
        ConsultationCaseView consultation = queries.query(new FindConsultationCaseQuery(ConsultationCaseId.of(caseId)),
                ResponseTypes.instanceOf(ConsultationCaseView.class)).join();
        if (consultation == null) {
            throw QueryParameters.notFound("no consultation case " + caseId);
        }
        return consultation;
    }
}
