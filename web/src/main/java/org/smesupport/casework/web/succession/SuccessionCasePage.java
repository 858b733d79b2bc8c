package org.smesupport.casework.web.succession;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.FindSuccessionCaseQuery;
import org.smesupport.casework.api.succession.FindSuccessionDealsQuery;
import org.smesupport.casework.api.succession.SuccessionCaseDeal;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseView;
import org.smesupport.casework.api.succession.SuccessionDealList;
import org.smesupport.casework.api.succession.SuccessionDealView;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.PageQueries;
import org.smesupport.casework.web.ReadYourWrites;
import org.smesupport.casework.web.RecordForms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A succession case's page, which every form on it returns to, with a fresh form for every step the model does not
 * already hold (a refused one keeps its input).
 */
@Component
class SuccessionCasePage {

    private final QueryGateway queries;
    private final PageQueries pages;
    private final RecordForms forms;

    SuccessionCasePage(QueryGateway queries, PageQueries pages, RecordForms forms) {
        this.queries = queries;
        this.pages = pages;
        this.forms = forms;
    }

    static String path(String caseId) {
        return "/succession/cases/" + caseId;
    }

    Optional<SuccessionCaseView> find(SuccessionCaseId id) {
        return Optional.ofNullable(queries.query(new FindSuccessionCaseQuery(id),
                ResponseTypes.instanceOf(SuccessionCaseView.class)).join());
    }

    SuccessionCaseView existing(String caseId) {
        return find(SuccessionCaseId.of(caseId)).orElseThrow(NotFound::new);
    }

    /** A step on the case from one of the forms on its page ({@link RecordForms}); a case that does not exist is a 404. */
    String step(String caseId, BindingResult errors, Model model, RedirectAttributes flash, String done,
                Supplier<Object> command) {
        SuccessionCaseView succession = existing(caseId);
        return forms.step(command, errors, flash, done, path(caseId), () -> show(succession, model));
    }

    /**
     * The case's page after a step on its deal, which is a record of its own: it waits (briefly) until the case
     * shows what the step did ({@code done}), since the case's version does not tell.
     */
    String afterDeal(String caseId, Predicate<SuccessionCaseDeal> shown, RedirectAttributes flash, String done) {
        ReadYourWrites.await(() -> find(SuccessionCaseId.of(caseId)),
                view -> view.deals().stream().anyMatch(shown));
        flash.addFlashAttribute("done", done);
        return "redirect:" + path(caseId);
    }

    /** The deal the case took part in, with both parties (the case's list names only the counterpart). */
    Optional<SuccessionDealView> deal(SuccessionCaseView succession) {
        return succession.deals().stream().findFirst().flatMap(entry -> queries.query(new FindSuccessionDealsQuery(
                        FiscalYear.containing(entry.concludedOn()).startYear()),
                ResponseTypes.instanceOf(SuccessionDealList.class)).join().items().stream()
                .filter(deal -> deal.dealId().equals(entry.dealId())).findFirst());
    }

    /** The party of the deal that is not this case. */
    static DealParty counterpart(SuccessionDealView deal, SuccessionCaseView succession) {
        return deal.seller().caseId() != null && deal.seller().caseId().value().equals(succession.caseId())
                ? deal.buyer() : deal.seller();
    }

    String show(SuccessionCaseView succession, Model model) {
        LocalDate today = pages.businessDate().businessDate();
        if (!model.containsAttribute("diagnosis")) {
            DiagnosisForm diagnosis = new DiagnosisForm();
            diagnosis.setDiagnosedOn(today);
            model.addAttribute("diagnosis", diagnosis);
        }
        if (!model.containsAttribute("plan")) {
            PlanForm plan = new PlanForm();
            plan.setPlannedOn(today);
            model.addAttribute("plan", plan);
        }
        if (!model.containsAttribute("concluding")) {
            DealForm concluding = new DealForm();
            concluding.setDealId(IdentifierFactory.getInstance().generateIdentifier());
            concluding.setConcludedOn(today);
            model.addAttribute("concluding", concluding);
        }
        Optional<SuccessionDealView> deal = deal(succession);
        DealParty counterpart = deal.map(found -> counterpart(found, succession)).orElse(null);
        if (deal.isPresent() && !model.containsAttribute("correction")) {
            CorrectionForm correction = new CorrectionForm();
            correction.setConcludedOn(deal.get().concludedOn());
            if (counterpart.caseId() == null) {
                correction.setCounterpartName(counterpart.name());
                correction.setCounterpartInPrefecture(Boolean.TRUE.equals(counterpart.inPrefecture()));
            }
            correction.setCorrectedOn(today);
            model.addAttribute("correction", correction);
        }
        model.addAttribute("recordedDeal", deal.orElse(null));
        model.addAttribute("counterpart", counterpart);
        model.addAttribute("succession", succession);
        return "succession/show";
    }
}
