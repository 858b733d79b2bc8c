package org.smesupport.casework.web.matching;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.FindMatchingFairQuery;
import org.smesupport.casework.api.matching.FindMatchingFairsQuery;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFairList;
import org.smesupport.casework.api.matching.MatchingFairView;
import org.smesupport.casework.api.matching.PlanMatchingFairCommand;
import org.smesupport.casework.api.matching.RecordFairMeetingCommand;
import org.smesupport.casework.api.matching.RecordFairSatisfactionCommand;
import org.smesupport.casework.api.matching.RegisterFairParticipantCommand;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.NotFound;
import org.smesupport.casework.web.PageQueries;
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
 * Matching fairs (商談会): the list, planning one, and a fair's page with its participants on both sides, the
 * meetings (商談) held and the participants' satisfaction answers (満足度).
 */
@Controller
class FairPages {

    private final QueryGateway queries;
    private final FormCommands commands;
    private final PageQueries pages;

    FairPages(QueryGateway queries, FormCommands commands, PageQueries pages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
    }

    @GetMapping("/matching/fairs")
    String list(Model model) {
        model.addAttribute("fairs", queries.query(new FindMatchingFairsQuery(null),
                ResponseTypes.instanceOf(MatchingFairList.class)).join());
        return "matching/fairs/list";
    }

    @GetMapping("/matching/fairs/new")
    String planning(Model model) {
        LocalDate today = pages.businessDate().businessDate();
        FairForm form = new FairForm();
        form.setFairId(newId());
        form.setStartsOn(today);
        form.setEndsOn(today);
        model.addAttribute("form", form);
        return "matching/fairs/new";
    }

    @PostMapping("/matching/fairs")
    String plan(@Valid @ModelAttribute("form") FairForm form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return "matching/fairs/new";
        }
        MatchingFairId id = MatchingFairId.of(form.getFairId());
        PlanMatchingFairCommand command = new PlanMatchingFairCommand(id, form.getName().trim(), form.getStartsOn(),
                form.getEndsOn(), form.getFormat(), Text.orNull(form.getFocusArea()), Text.lines(form.getPartners()));
        if (!commands.create(command, errors, () -> find(id).isPresent())) {
            return "matching/fairs/new";
        }
        flash.addFlashAttribute("done", "fair.planned");
        return "redirect:/matching/fairs/" + id.value() + "?version=0";
    }

    /** {@code version}: the version a form just left the fair at, which the page waits for (briefly). */
    @GetMapping("/matching/fairs/{fairId}")
    String show(@PathVariable String fairId, @RequestParam(required = false) Long version, Model model) {
        MatchingFairId id = MatchingFairId.of(fairId);
        MatchingFairView fair = (version == null ? find(id) : ReadYourWrites.await(() -> find(id),
                view -> view.summary().version() >= version)).orElseThrow(NotFound::new);
        model.addAttribute("behind", version != null && fair.summary().version() < version);
        return page(fair, model);
    }

    @PostMapping("/matching/fairs/{fairId}/participants")
    String register(@PathVariable String fairId, @Valid @ModelAttribute("participant") ParticipantForm form,
                    BindingResult errors, Model model, RedirectAttributes flash) {
        return step(fairId, errors, model, flash, "fair.participantRegistered", id ->
                new RegisterFairParticipantCommand(id, form.getParticipantId(), form.getSide(),
                        form.getFirmName().trim(), Optional.ofNullable(Text.orNull(form.getCompanyId()))
                        .map(CompanyId::of).orElse(null)));
    }

    @PostMapping("/matching/fairs/{fairId}/meetings")
    String recordMeeting(@PathVariable String fairId, @Valid @ModelAttribute("meeting") MeetingForm form,
                         BindingResult errors, Model model, RedirectAttributes flash) {
        return step(fairId, errors, model, flash, "fair.meetingRecorded", id ->
                new RecordFairMeetingCommand(id, form.getMeetingId(), form.getOrderingParticipantId(),
                        form.getSupplyingParticipantId(), form.getHeldOn()));
    }

    @PostMapping("/matching/fairs/{fairId}/satisfaction")
    String recordSatisfaction(@PathVariable String fairId, @Valid @ModelAttribute("satisfaction") SatisfactionForm form,
                              BindingResult errors, Model model, RedirectAttributes flash) {
        return step(fairId, errors, model, flash, "fair.satisfactionRecorded", id ->
                new RecordFairSatisfactionCommand(id, form.getParticipantId(), form.getSatisfied()));
    }

    private String step(String fairId, BindingResult errors, Model model, RedirectAttributes flash, String done,
                        Function<MatchingFairId, Object> command) {
        MatchingFairId id = MatchingFairId.of(fairId);
        MatchingFairView fair = find(id).orElseThrow(NotFound::new);
        Optional<Long> sent = errors.hasErrors() ? Optional.empty() : commands.send(command.apply(id), errors);
        if (sent.isEmpty()) {
            return page(fair, model);
        }
        flash.addFlashAttribute("done", done);
        return "redirect:/matching/fairs/" + fairId + "?version=" + sent.get();
    }

    /** A fresh form for every form the model does not hold already (a refused one keeps its input). */
    private String page(MatchingFairView fair, Model model) {
        if (!model.containsAttribute("participant")) {
            ParticipantForm participant = new ParticipantForm();
            participant.setParticipantId(newId());
            model.addAttribute("participant", participant);
        }
        if (!model.containsAttribute("meeting")) {
            MeetingForm meeting = new MeetingForm();
            meeting.setMeetingId(newId());
            meeting.setHeldOn(fair.summary().startsOn());
            model.addAttribute("meeting", meeting);
        }
        if (!model.containsAttribute("satisfaction")) {
            model.addAttribute("satisfaction", new SatisfactionForm());
        }
        model.addAttribute("fair", fair);
        return "matching/fairs/show";
    }

    private Optional<MatchingFairView> find(MatchingFairId id) {
        return Optional.ofNullable(queries.query(new FindMatchingFairQuery(id),
                ResponseTypes.instanceOf(MatchingFairView.class)).join());
    }

    private static String newId() {
        return IdentifierFactory.getInstance().generateIdentifier();
    }
}
