package org.smesupport.casework.query.restructuring;

import static org.smesupport.casework.query.QueryParameters.constant;
import static org.smesupport.casework.query.QueryParameters.text;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.AcceptedDates;
import org.smesupport.casework.api.restructuring.FindImprovementSubsidiesQuery;
import org.smesupport.casework.api.restructuring.FindImprovementSubsidyQuery;
import org.smesupport.casework.api.restructuring.FindRestructuringBoardQuery;
import org.smesupport.casework.api.restructuring.FindRestructuringCaseQuery;
import org.smesupport.casework.api.restructuring.FindRestructuringCasesQuery;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyPage;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyView;
import org.smesupport.casework.api.restructuring.RestructuringBoard;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringCasePage;
import org.smesupport.casework.api.restructuring.RestructuringCaseView;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The restructuring pipeline: case list and detail, the board, and the improvement-plan subsidy files. Where a
 * view counts days in stage, {@code asOf} defaults to today by the application's clock.
 */
@RestController
@RequestMapping("/api/restructuring")
class RestructuringController {

    private final QueryGateway queries;
    private final Clock clock;
    private final AcceptedDates dates;

    RestructuringController(QueryGateway queries, Clock clock, AcceptedDates dates) {
        this.queries = queries;
        this.clock = clock;
        this.dates = dates;
    }

    /**
     * Lists the restructuring cases, newest opening first.
     * They can be filtered by current stage, caseworker and company; each case's time in its stage is counted to
     * {@code asOf}, today by default.
     */
    @GetMapping("/cases")
    RestructuringCasePage cases(@RequestParam(required = false) String stage,
                                @RequestParam(required = false) String caseworker,
                                @RequestParam(required = false) String companyId,
                                @RequestParam(required = false) String asOf,
                                @RequestParam(defaultValue = "0") String page,
                                @RequestParam(defaultValue = "20") String size) {
        FindRestructuringCasesQuery query = new FindRestructuringCasesQuery(
                constant("stage", RestructuringStage.class, stage),
                text(caseworker),
                text(companyId),
                asOf(asOf),
                QueryParameters.page(page),
                QueryParameters.size(size));
        return queries.query(query, ResponseTypes.instanceOf(RestructuringCasePage.class)).join();
    }

    /**
     * Shows one restructuring case with its timeline.
     * Its time in the current stage is counted to {@code asOf}, today by default.
     */
    @GetMapping("/cases/{caseId}")
    RestructuringCaseView one(@PathVariable String caseId, @RequestParam(required = false) String asOf) {
        RestructuringCaseView view = queries.query(new FindRestructuringCaseQuery(RestructuringCaseId.of(caseId), asOf(asOf)),
                ResponseTypes.instanceOf(RestructuringCaseView.class)).join();
        if (view == null) {
            throw QueryParameters.notFound("no restructuring case " + caseId);
        }
        return view;
    }

    /**
     * Shows the restructuring pipeline board as it stood at the end of a day.
     * Each case appears in the stage it was in on {@code asOf}, today by default.
     */
    @GetMapping("/board")
    RestructuringBoard board(@RequestParam(required = false) String asOf) {
        return queries.query(new FindRestructuringBoardQuery(asOf(asOf)), ResponseTypes.instanceOf(RestructuringBoard.class))
                .join();
    }

    /**
     * Lists the improvement-plan subsidy files, newest first.
     * They can be filtered by kind and company.
     */
    @GetMapping("/subsidies")
    ImprovementSubsidyPage subsidies(@RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String companyId,
                                     @RequestParam(defaultValue = "0") String page,
                                     @RequestParam(defaultValue = "20") String size) {
        FindImprovementSubsidiesQuery query = new FindImprovementSubsidiesQuery(
                constant("kind", ImprovementSubsidyKind.class, kind), QueryParameters.text(companyId),
                QueryParameters.page(page), QueryParameters.size(size));
        return queries.query(query, ResponseTypes.instanceOf(ImprovementSubsidyPage.class)).join();
    }

    /**
     * Shows one improvement-plan subsidy file with its steps and figures.
     */
    @GetMapping("/subsidies/{subsidyId}")
    ImprovementSubsidyView subsidy(@PathVariable String subsidyId) {
        ImprovementSubsidyView view = queries.query(new FindImprovementSubsidyQuery(ImprovementSubsidyId.of(subsidyId)),
                ResponseTypes.instanceOf(ImprovementSubsidyView.class)).join();
        if (view == null) {
            throw QueryParameters.notFound("no improvement-plan subsidy " + subsidyId);
        }
        return view;
    }

    private LocalDate asOf(String raw) {
        LocalDate asOf = QueryParameters.date("asOf", raw, dates);
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
