package org.smesupport.casework.web.fiscalyear;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.BusinessDate;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.fiscalyear.CloseFiscalYearCommand;
import org.smesupport.casework.api.fiscalyear.FindFiscalYearStatusQuery;
import org.smesupport.casework.api.fiscalyear.FiscalYearStatus;
import org.smesupport.casework.api.fiscalyear.ReopenFiscalYearCommand;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.PageQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre's calendar for supervisors (PageSecurity): the business date and the days the close of business has
 * closed, and the recent fiscal years, each final or provisional. A supervisor closes an ended year, making its
 * figures final and refusing entries dated in it; only an administrator reopens one. Both with a reason.
 */
@Controller
class FiscalYearPages {

    /** The running year and the four before it: the years whose figures are still looked at. */
    private static final int YEARS_SHOWN = 5;
    private static final int FIRST_YEAR = 1990;

    private final QueryGateway queries;
    private final FormCommands commands;
    private final PageQueries pages;

    FiscalYearPages(QueryGateway queries, FormCommands commands, PageQueries pages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
    }

    @GetMapping("/fiscal-years")
    String show(Model model) {
        return page(new ReasonForm(), null, model);
    }

    @PostMapping("/fiscal-years/{fiscalYear}/close")
    String close(@PathVariable int fiscalYear, @Valid @ModelAttribute("decision") ReasonForm decision,
                 BindingResult errors, Model model, RedirectAttributes flash) {
        return decide(fiscalYear, errors, decision, model, flash, "fiscalYear.closed", new CloseFiscalYearCommand(
                CloseFiscalYearCommand.LEDGER_ID, fiscalYear, trimmed(decision), pages.businessDate().businessDate()));
    }

    @PostMapping("/fiscal-years/{fiscalYear}/reopen")
    String reopen(@PathVariable int fiscalYear, @Valid @ModelAttribute("decision") ReasonForm decision,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        return decide(fiscalYear, errors, decision, model, flash, "fiscalYear.reopened", new ReopenFiscalYearCommand(
                CloseFiscalYearCommand.LEDGER_ID, fiscalYear, trimmed(decision), pages.businessDate().businessDate()));
    }

    private String decide(int fiscalYear, BindingResult errors, ReasonForm decision, Model model,
                          RedirectAttributes flash, String done, Object command) {
        Optional<Long> decided = errors.hasErrors() ? Optional.empty() : commands.send(command, errors);
        if (decided.isEmpty()) {
            return page(decision, fiscalYear, model);
        }
        flash.addFlashAttribute("done", done);
        flash.addFlashAttribute("doneYear", FiscalYear.of(fiscalYear).label());
        return "redirect:/fiscal-years";
    }

    /** {@code failedYear}: the year whose form was refused, which shows the form's messages. */
    private String page(ReasonForm decision, Integer failedYear, Model model) {
        BusinessDate today = pages.businessDate();
        FiscalYear running = FiscalYear.containing(today.businessDate());
        List<Year> years = Stream.iterate(running, year -> year.startYear() >= FIRST_YEAR, FiscalYear::previous)
                .limit(YEARS_SHOWN)
                .map(year -> new Year(year.label(), queries.query(new FindFiscalYearStatusQuery(year.startYear()),
                        ResponseTypes.instanceOf(FiscalYearStatus.class)).join()))
                .toList();
        model.addAttribute("today", today);
        model.addAttribute("running", running.startYear());
        model.addAttribute("years", years);
        model.addAttribute("decision", decision);
        model.addAttribute("failedYear", failedYear);
        return "fiscalyears/show";
    }

    /** A year as the page lists it: its label (2020 (R02)) and whether its figures are final. */
    record Year(String label, FiscalYearStatus status) {
    }

    private static String trimmed(ReasonForm decision) {
        return decision.getReason() == null ? null : decision.getReason().trim();
    }
}
