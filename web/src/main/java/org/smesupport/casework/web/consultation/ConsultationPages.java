package org.smesupport.casework.web.consultation;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyView;
import org.smesupport.casework.api.consultation.AssignConsultationCaseCommand;
import org.smesupport.casework.api.consultation.CloseConsultationCaseCommand;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCaseView;
import org.smesupport.casework.api.consultation.FindConsultationCaseQuery;
import org.smesupport.casework.api.consultation.OpenConsultationCaseCommand;
import org.smesupport.casework.api.consultation.RecordExpertDispatchCommand;
import org.smesupport.casework.api.consultation.ReopenConsultationCaseCommand;
import org.smesupport.casework.api.consultation.RecordConsultationSessionCommand;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.PageQueries;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.ReadYourWrites;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consultation cases: opening one for a company, its page with the timeline, recording a session or an expert
 * dispatch, closing and reopening it.
 */
@Controller
class ConsultationPages {

    private final QueryGateway queries;
    private final FormCommands commands;
    private final PageQueries pages;

    ConsultationPages(QueryGateway queries, FormCommands commands, PageQueries pages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
    }

    @GetMapping("/consultations/new")
    String opening(@RequestParam String companyId, Model model) {
        CompanyView company = pages.company(companyId).orElseThrow(NotFound::new);
        OpenCaseForm form = new OpenCaseForm();
        form.setCaseId(IdentifierFactory.getInstance().generateIdentifier());
        form.setCompanyId(company.companyId());
        form.setOpenedOn(pages.businessDate().businessDate());
        model.addAttribute("form", form);
        model.addAttribute("company", company);
        return "consultations/new";
    }

    @PostMapping("/consultations")
    String open(@Valid @ModelAttribute("form") OpenCaseForm form, BindingResult errors, Principal user, Model model) {
        CompanyView company = pages.company(form.getCompanyId()).orElseThrow(NotFound::new);
        model.addAttribute("company", company);
        if (errors.hasErrors()) {
            return "consultations/new";
        }
        ConsultationCaseId id = ConsultationCaseId.of(form.getCaseId());
        OpenConsultationCaseCommand command = new OpenConsultationCaseCommand(id, CompanyId.of(company.companyId()),
                form.getDesk(), form.getSubject().trim(), form.getOpenedOn());
        if (!commands.create(command, errors, () -> consultation(id).isPresent())) {
            return "consultations/new";
        }
        long version = 0;
        // after a double submit the first one assigned it: this assignment then names an outdated version and is
        // refused, changing nothing
        if (form.isAssignToMe()) {
            version = commands.send(new AssignConsultationCaseCommand(id, user.getName(), form.getOpenedOn(), version),
                    errors).orElse(version);
        }
        return "redirect:/consultations/" + id.value() + "?version=" + version;
    }

    /** {@code version}: the version a form just left the case at, which the page waits for (briefly). */
    @GetMapping("/consultations/{caseId}")
    String show(@PathVariable String caseId, @RequestParam(required = false) Long version, Principal user,
                Model model) {
        ConsultationCaseId id = ConsultationCaseId.of(caseId);
        ConsultationCaseView consultation = (version == null ? consultation(id) : ReadYourWrites.await(
                () -> consultation(id), view -> view.summary().version() >= version)).orElseThrow(NotFound::new);
        model.addAttribute("behind", version != null && consultation.summary().version() < version);
        return page(consultation, user, model);
    }

    @PostMapping("/consultations/{caseId}/sessions")
    String recordSession(@PathVariable String caseId, @Valid @ModelAttribute("session") SessionForm session,
                         BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        return step(caseId, errors, user, model, flash, "consultation.session.recorded", id ->
                new RecordConsultationSessionCommand(id, session.getHeldOn(), session.getCategory(),
                        session.getCounsellor().trim(), session.getDurationMinutes(), session.getNotes(),
                        session.isLawyerConsultation(), session.getExpectedVersion()));
    }

    @PostMapping("/consultations/{caseId}/dispatches")
    String dispatch(@PathVariable String caseId, @Valid @ModelAttribute("dispatch") DispatchForm dispatch,
                    BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        return step(caseId, errors, user, model, flash, "consultation.dispatch.recorded", id ->
                new RecordExpertDispatchCommand(id, dispatch.getDispatchedOn(), dispatch.getKind(),
                        dispatch.getExpert().trim(), dispatch.getNotes(), dispatch.getExpectedVersion()));
    }

    @PostMapping("/consultations/{caseId}/assignment")
    String assign(@PathVariable String caseId, @Valid @ModelAttribute("assignment") AssignForm assignment,
                  BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        return step(caseId, errors, user, model, flash, "consultation.assigned", id ->
                new AssignConsultationCaseCommand(id, assignment.getCaseworker().trim(), assignment.getAssignedOn(),
                        assignment.getExpectedVersion()));
    }

    @PostMapping("/consultations/{caseId}/close")
    String close(@PathVariable String caseId, @Valid @ModelAttribute("closing") CloseForm closing, BindingResult errors,
                 Principal user, Model model, RedirectAttributes flash) {
        return step(caseId, errors, user, model, flash, "consultation.closed", id ->
                new CloseConsultationCaseCommand(id, closing.getClosedOn(), closing.getOutcome(),
                        closing.getSummary().trim(), closing.getExpectedVersion()));
    }

    @PostMapping("/consultations/{caseId}/reopen")
    String reopen(@PathVariable String caseId, @Valid @ModelAttribute("reopening") ReopenForm reopening,
                  BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        return step(caseId, errors, user, model, flash, "consultation.reopened", id ->
                new ReopenConsultationCaseCommand(id, reopening.getReopenedOn(), reopening.getReason().trim(),
                        reopening.getExpectedVersion()));
    }

    /**
     * A step on the case from one of its forms: sent unless the form is invalid; refused or invalid, the page again
     * with the form's messages (the form Spring bound is in the model already), else the page after it.
     */
    private String step(String caseId, BindingResult errors, Principal user, Model model, RedirectAttributes flash,
                        String done, Function<ConsultationCaseId, Object> command) {
        ConsultationCaseId id = ConsultationCaseId.of(caseId);
        ConsultationCaseView consultation = consultation(id).orElseThrow(NotFound::new);
        Optional<Long> sent = errors.hasErrors() ? Optional.empty() : commands.send(command.apply(id), errors);
        if (sent.isEmpty()) {
            return page(consultation, user, model);
        }
        flash.addFlashAttribute("done", done);
        return "redirect:/consultations/" + caseId + "?version=" + sent.get();
    }

    /** The case page, with a fresh form for every step the model does not already hold (a refused one keeps its input). */
    private String page(ConsultationCaseView consultation, Principal user, Model model) {
        LocalDate today = pages.businessDate().businessDate();
        long version = consultation.summary().version();
        if (!model.containsAttribute("session")) {
            SessionForm session = new SessionForm();
            session.setHeldOn(today);
            session.setCounsellor(user.getName());
            session.setExpectedVersion(version);
            model.addAttribute("session", session);
        }
        if (!model.containsAttribute("dispatch")) {
            DispatchForm dispatch = new DispatchForm();
            dispatch.setDispatchedOn(today);
            dispatch.setExpectedVersion(version);
            model.addAttribute("dispatch", dispatch);
        }
        if (!model.containsAttribute("assignment")) {
            AssignForm assignment = new AssignForm();
            assignment.setCaseworker(user.getName());
            assignment.setAssignedOn(today);
            assignment.setExpectedVersion(version);
            model.addAttribute("assignment", assignment);
        }
        if (!model.containsAttribute("closing")) {
            CloseForm closing = new CloseForm();
            closing.setClosedOn(today);
            closing.setExpectedVersion(version);
            model.addAttribute("closing", closing);
        }
        if (!model.containsAttribute("reopening")) {
            ReopenForm reopening = new ReopenForm();
            reopening.setReopenedOn(today);
            reopening.setExpectedVersion(version);
            model.addAttribute("reopening", reopening);
        }
        model.addAttribute("consultation", consultation);
        return "consultations/show";
    }

    private Optional<ConsultationCaseView> consultation(ConsultationCaseId id) {
        return Optional.ofNullable(queries.query(new FindConsultationCaseQuery(id),
                ResponseTypes.instanceOf(ConsultationCaseView.class)).join());
    }
}
