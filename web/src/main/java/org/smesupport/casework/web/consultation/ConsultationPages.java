package org.smesupport.casework.web.consultation;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Optional;
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

/** Consultation cases: opening one for a company, its page with the timeline, recording a session, closing it. */
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
        return page(consultation, newSession(consultation, user), newClosing(consultation), model);
    }

    @PostMapping("/consultations/{caseId}/sessions")
    String recordSession(@PathVariable String caseId, @Valid @ModelAttribute("session") SessionForm session,
                         BindingResult errors, Principal user, Model model, RedirectAttributes flash) {
        ConsultationCaseView consultation = consultation(ConsultationCaseId.of(caseId)).orElseThrow(NotFound::new);
        Optional<Long> recorded = errors.hasErrors() ? Optional.empty()
                : commands.send(new RecordConsultationSessionCommand(ConsultationCaseId.of(caseId), session.getHeldOn(),
                        session.getCategory(), session.getCounsellor().trim(), session.getDurationMinutes(),
                        session.getNotes(), session.isLawyerConsultation(), session.getExpectedVersion()), errors);
        if (recorded.isEmpty()) {
            return page(consultation, session, newClosing(consultation), model);
        }
        flash.addFlashAttribute("done", "consultation.session.recorded");
        return "redirect:/consultations/" + caseId + "?version=" + recorded.get();
    }

    @PostMapping("/consultations/{caseId}/close")
    String close(@PathVariable String caseId, @Valid @ModelAttribute("closing") CloseForm closing, BindingResult errors,
                 Principal user, Model model, RedirectAttributes flash) {
        ConsultationCaseView consultation = consultation(ConsultationCaseId.of(caseId)).orElseThrow(NotFound::new);
        Optional<Long> closed = errors.hasErrors() ? Optional.empty()
                : commands.send(new CloseConsultationCaseCommand(ConsultationCaseId.of(caseId), closing.getClosedOn(),
                        closing.getOutcome(), closing.getSummary().trim(), closing.getExpectedVersion()), errors);
        if (closed.isEmpty()) {
            return page(consultation, newSession(consultation, user), closing, model);
        }
        flash.addFlashAttribute("done", "consultation.closed");
        return "redirect:/consultations/" + caseId + "?version=" + closed.get();
    }

    private String page(ConsultationCaseView consultation, SessionForm session, CloseForm closing, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("company", pages.company(consultation.summary().companyId()).orElse(null));
        model.addAttribute("session", session);
        model.addAttribute("closing", closing);
        return "consultations/show";
    }

    private SessionForm newSession(ConsultationCaseView consultation, Principal user) {
        SessionForm session = new SessionForm();
        session.setHeldOn(pages.businessDate().businessDate());
        session.setCounsellor(user.getName());
        session.setExpectedVersion(consultation.summary().version());
        return session;
    }

    private CloseForm newClosing(ConsultationCaseView consultation) {
        CloseForm closing = new CloseForm();
        closing.setClosedOn(pages.businessDate().businessDate());
        closing.setExpectedVersion(consultation.summary().version());
        return closing;
    }

    private Optional<ConsultationCaseView> consultation(ConsultationCaseId id) {
        return Optional.ofNullable(queries.query(new FindConsultationCaseQuery(id),
                ResponseTypes.instanceOf(ConsultationCaseView.class)).join());
    }


}
