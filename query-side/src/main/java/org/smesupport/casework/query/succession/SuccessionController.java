package org.smesupport.casework.query.succession;

import static org.smesupport.casework.query.QueryParameters.constant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.succession.FindSuccessionCaseQuery;
import org.smesupport.casework.api.succession.FindSuccessionCasesQuery;
import org.smesupport.casework.api.succession.FindSuccessionDealQuery;
import org.smesupport.casework.api.succession.FindSuccessionDealsQuery;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCasePage;
import org.smesupport.casework.api.succession.SuccessionCaseView;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionDealList;
import org.smesupport.casework.api.succession.SuccessionDealView;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Succession consultations (事業引継ぎ) and the M&A deals concluded. */
@RestController
@RequestMapping("/api/succession")
class SuccessionController {

    private final QueryGateway queries;

    SuccessionController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Lists the succession cases, newest opening first.
     * They can be filtered by side and company.
     */
    @GetMapping("/cases")
    SuccessionCasePage cases(@RequestParam(required = false) String side,
                             @RequestParam(required = false) String companyId,
                             @RequestParam(defaultValue = "0") String page,
                             @RequestParam(defaultValue = "20") String size) {
        FindSuccessionCasesQuery query = new FindSuccessionCasesQuery(
                constant("side", SuccessionSide.class, side), QueryParameters.text(companyId), QueryParameters.page(page),
                QueryParameters.size(size));
        return queries.query(query, ResponseTypes.instanceOf(SuccessionCasePage.class)).join();
    }

    /**
     * Shows one succession case with its diagnoses, plans and deal.
     */
    @GetMapping("/cases/{caseId}")
    SuccessionCaseView one(@PathVariable String caseId) {
        SuccessionCaseView view = queries.query(new FindSuccessionCaseQuery(SuccessionCaseId.of(caseId)),
                ResponseTypes.instanceOf(SuccessionCaseView.class)).join();
        if (view == null) {
            throw QueryParameters.notFound("no succession case " + caseId);
        }
        return view;
    }

    /**
     * Lists the deals concluded (成約), latest first.
     * All deals, or with {@code fiscalYear} those of one fiscal year.
     */
    @GetMapping("/deals")
    SuccessionDealList deals(@RequestParam(required = false) String fiscalYear) {
        return queries.query(new FindSuccessionDealsQuery(fiscalYear(fiscalYear)),
                ResponseTypes.instanceOf(SuccessionDealList.class)).join();
    }

    /**
     * Shows one deal concluded (成約), with its parties and its half counts.
     * It is where the deal's conclusion points ({@code Location}); a deal between two firms in the prefecture
     * counts half for each side.
     */
    @GetMapping("/deals/{dealId}")
    SuccessionDealView deal(@PathVariable String dealId) {
        SuccessionDealView view = queries.query(new FindSuccessionDealQuery(SuccessionDealId.of(dealId)),
                ResponseTypes.instanceOf(SuccessionDealView.class)).join();
        if (view == null) {
            throw QueryParameters.notFound("no succession deal " + dealId);
        }
        return view;
    }

    /** A fiscal year the system knows, or {@code null} for every deal. */
    private static Integer fiscalYear(String raw) {
        if (QueryParameters.text(raw) == null) {
            return null;
        }
        int startYear = QueryParameters.integer("fiscalYear", raw);
        try {
            return FiscalYear.of(startYear).startYear();
        } catch (IllegalArgumentException outOfRange) {
            throw QueryParameters.badRequest(outOfRange.getMessage());
        }
    }
}
