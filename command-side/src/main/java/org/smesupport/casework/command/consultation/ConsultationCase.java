package org.smesupport.casework.command.consultation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.consultation.AssignConsultationCaseCommand;
import org.smesupport.casework.api.consultation.CloseConsultationCaseCommand;
import org.smesupport.casework.api.consultation.ConsultationCaseAssignedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseClosedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCaseOpenedEvent;
import org.smesupport.casework.api.consultation.ConsultationCaseReopenedEvent;
import org.smesupport.casework.api.consultation.ConsultationSessionRecordedEvent;
import org.smesupport.casework.api.consultation.ConsultationStatus;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.ExpertDispatchRecordedEvent;
import org.smesupport.casework.api.consultation.OpenConsultationCaseCommand;
import org.smesupport.casework.api.consultation.RecordConsultationSessionCommand;
import org.smesupport.casework.api.consultation.RecordExpertDispatchCommand;
import org.smesupport.casework.api.consultation.ReopenConsultationCaseCommand;
import org.smesupport.casework.command.company.CompanyRegistry;

/**
 * One consultation case of a company at one desk: its sessions and expert dispatches, counted as the
 * annual report's section I-1 counts them, from opening to closing (and reopening).
 */
@Aggregate(cache = "aggregateCache")
class ConsultationCase {

    static final int MAX_SESSION_MINUTES = 24 * 60;

    @AggregateIdentifier
    private ConsultationCaseId caseId;
    private Desk desk;
    private ConsultationStatus status;
    private LocalDate openedOn;
    /** The opening date, or the latest reopening date: a case cannot close before it. */
    private LocalDate openSince;
    private LocalDate closedOn;
    /** The latest session or dispatch date: a case cannot close before it either. */
    private LocalDate lastActivityOn;
    private String caseworker;
    /** The periods the case was closed, each from its closing date to its reopening date. */
    private final List<ClosedPeriod> closedPeriods = new ArrayList<>();
    private int sessions;
    private int dispatches;

    /** Axon rebuilds the case from its events through this constructor. */
    ConsultationCase() {
    }

    /**
     * The company check needs the event store, which an aggregate cannot reach on its own; Axon
     * injects the {@link CompanyRegistry} bean as a handler parameter, so the rule still sits here
     * with the case's other opening rules, and tests hand in a stub.
     */
    @CommandHandler
    ConsultationCase(OpenConsultationCaseCommand command, CompanyRegistry companies) {
        refuseIf(command.companyId() == null, "companyId", "consultation.companyId.required");
        refuseIf(command.desk() == null, "desk", "consultation.desk.required");
        refuseIf(isBlank(command.subject()), "subject", "consultation.subject.blank");
        refuseIf(command.openedOn() == null, "openedOn", "consultation.openedOn.required");
        refuseIf(!companies.isRegistered(command.companyId()), "companyId", "consultation.companyId.unknownCompany",
                command.companyId());
        apply(new ConsultationCaseOpenedEvent(command.caseId(), command.companyId(), command.desk(),
                command.subject(), command.openedOn()));
    }

    @CommandHandler
    CommandResult handle(AssignConsultationCaseCommand command) {
        refuseIf(isBlank(command.caseworker()), "caseworker", "consultation.caseworker.blank");
        refuseIf(command.caseworker().equals(caseworker), "caseworker", "consultation.caseworker.caseAlreadyAssigned",
                caseworker);
        refuseIf(command.assignedOn() == null, "assignedOn", "consultation.assignedOn.required");
        refuseIf(command.assignedOn().isBefore(openedOn), "assignedOn", "consultation.assignedOn.beforeOpened",
                openedOn);
        apply(new ConsultationCaseAssignedEvent(caseId, command.caseworker(), caseworker, command.assignedOn()));
        return result();
    }

    @CommandHandler
    CommandResult handle(RecordConsultationSessionCommand command) {
        refuseUnlessOpen("consultation.closed.recordSession");
        refuseIf(command.heldOn() == null, "heldOn", "consultation.heldOn.required");
        refuseIf(command.heldOn().isBefore(openedOn), "heldOn", "consultation.heldOn.beforeOpened", openedOn);
        refuseIfWhileClosed(command.heldOn(), "heldOn", "consultation.session.datedWhileClosed");
        refuseIf(command.category() == null, "category", "consultation.category.required");
        refuseIf(isBlank(command.counsellor()), "counsellor", "consultation.counsellor.blank");
        refuseIf(command.durationMinutes() < 1 || command.durationMinutes() > MAX_SESSION_MINUTES, "durationMinutes",
                "consultation.durationMinutes.outOfRange", MAX_SESSION_MINUTES);
        refuseIf(command.lawyerConsultation() && !desk.offersLawyerConsultations(), "lawyerConsultation",
                "consultation.lawyerConsultation.subcontractingDeskOnly", desk.label());
        apply(new ConsultationSessionRecordedEvent(caseId, sessions + 1, desk, command.heldOn(), command.category(),
                command.counsellor(), command.durationMinutes(), command.notes(), command.lawyerConsultation()));
        return result();
    }

    @CommandHandler
    CommandResult handle(RecordExpertDispatchCommand command) {
        refuseUnlessOpen("consultation.closed.recordDispatch");
        refuseIf(command.dispatchedOn() == null, "dispatchedOn", "consultation.dispatchedOn.required");
        refuseIf(command.dispatchedOn().isBefore(openedOn), "dispatchedOn",
                "consultation.dispatchedOn.beforeOpened", openedOn);
        refuseIfWhileClosed(command.dispatchedOn(), "dispatchedOn", "consultation.dispatch.datedWhileClosed");
        refuseIf(command.kind() == null, "kind", "consultation.kind.required");
        refuseIf(isBlank(command.expert()), "expert", "consultation.expert.blank");
        apply(new ExpertDispatchRecordedEvent(caseId, dispatches + 1, desk, command.dispatchedOn(), command.kind(),
                command.expert(), command.notes()));
        return result();
    }

    @CommandHandler
    CommandResult handle(CloseConsultationCaseCommand command) {
        refuseUnlessOpen("consultation.closed.closeAgain");
        refuseIf(command.closedOn() == null, "closedOn", "consultation.closedOn.required");
        refuseIf(command.closedOn().isBefore(openSince), "closedOn", "consultation.closedOn.beforeOpened",
                openSince);
        refuseIf(lastActivityOn != null && command.closedOn().isBefore(lastActivityOn), "closedOn",
                "consultation.closedOn.beforeLastActivity", lastActivityOn);
        refuseIf(command.outcome() == null, "outcome", "consultation.outcome.required");
        apply(new ConsultationCaseClosedEvent(caseId, command.closedOn(), command.outcome(), command.summary()));
        return result();
    }

    @CommandHandler
    CommandResult handle(ReopenConsultationCaseCommand command) {
        refuseIf(status != ConsultationStatus.CLOSED, null, "consultation.reopen.caseOpen");
        refuseIf(command.reopenedOn() == null, "reopenedOn", "consultation.reopenedOn.required");
        refuseIf(command.reopenedOn().isBefore(closedOn), "reopenedOn", "consultation.reopenedOn.beforeClosed",
                closedOn);
        refuseIf(isBlank(command.reason()), "reason", "consultation.reason.blank");
        apply(new ConsultationCaseReopenedEvent(caseId, command.reopenedOn(), command.reason()));
        return result();
    }

    private void refuseUnlessOpen(String code) {
        refuseIf(status != ConsultationStatus.OPEN, null, code, closedOn);
    }

    /** The version is the sequence number of the event just applied. */
    private CommandResult result() {
        return new CommandResult(caseId.value(), AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(ConsultationCaseOpenedEvent event) {
        caseId = event.caseId();
        desk = event.desk();
        status = ConsultationStatus.OPEN;
        openedOn = event.openedOn();
        openSince = event.openedOn();
    }

    @EventSourcingHandler
    void on(ConsultationCaseAssignedEvent event) {
        caseworker = event.caseworker();
    }

    @EventSourcingHandler
    void on(ConsultationSessionRecordedEvent event) {
        sessions = event.sessionNumber();
        lastActivityOn = later(lastActivityOn, event.heldOn());
    }

    @EventSourcingHandler
    void on(ExpertDispatchRecordedEvent event) {
        dispatches = event.dispatchNumber();
        lastActivityOn = later(lastActivityOn, event.dispatchedOn());
    }

    @EventSourcingHandler
    void on(ConsultationCaseClosedEvent event) {
        status = ConsultationStatus.CLOSED;
        closedOn = event.closedOn();
    }

    @EventSourcingHandler
    void on(ConsultationCaseReopenedEvent event) {
        status = ConsultationStatus.OPEN;
        openSince = event.reopenedOn();
        closedPeriods.add(new ClosedPeriod(closedOn, event.reopenedOn()));
    }

    /**
     * Back-dating is allowed into any period the case was open, never into one it was closed: a session
     * dated strictly between a closing and the reopening after it would be counted in a period the
     * statistics show the case as closed. The closing and reopening days themselves are open days.
     */
    private void refuseIfWhileClosed(LocalDate date, String field, String code) {
        for (ClosedPeriod period : closedPeriods) {
            refuseIf(date.isAfter(period.closedOn()) && date.isBefore(period.reopenedOn()), field,
                    code, date, period.closedOn(), period.reopenedOn());
        }
    }

    private record ClosedPeriod(LocalDate closedOn, LocalDate reopenedOn) {
    }

    private static LocalDate later(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
