package org.smesupport.casework.command.matching;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.smesupport.casework.command.common.BusinessRuleViolation.isBlank;
import static org.smesupport.casework.command.common.BusinessRuleViolation.refuseIf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.FairMeetingRecordedEvent;
import org.smesupport.casework.api.matching.FairParticipantRegisteredEvent;
import org.smesupport.casework.api.matching.FairSatisfactionRecordedEvent;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFairPlannedEvent;
import org.smesupport.casework.api.matching.PlanMatchingFairCommand;
import org.smesupport.casework.api.matching.RecordFairMeetingCommand;
import org.smesupport.casework.api.matching.RecordFairSatisfactionCommand;
import org.smesupport.casework.api.matching.RegisterFairParticipantCommand;
import org.smesupport.casework.command.company.CompanyRegistry;

/**
 * A matching fair (商談会, report section I-3 (2)): its participating ordering firms (発注企業) and suppliers
 * (受注企業), the individual meetings (商談) between them, and the participants' satisfaction (満足度).
 */
@Aggregate(cache = "aggregateCache")
class MatchingFair {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_PARTNERS = 50;

    @AggregateIdentifier
    private MatchingFairId fairId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private final Map<String, FairSide> participants = new HashMap<>();
    /** Registered clients taking part, per side: a company takes part at most once on each side. */
    private final Set<String> companiesBySide = new HashSet<>();
    private final Set<String> meetings = new HashSet<>();
    private final Set<String> answered = new HashSet<>();

    /** Axon rebuilds the fair from its events through this constructor. */
    MatchingFair() {
    }

    @CommandHandler
    MatchingFair(PlanMatchingFairCommand command) {
        refuseIf(isBlank(command.name()), "name", "matching.name.blank");
        refuseIf(command.name().length() > MAX_NAME_LENGTH, "name", "matching.name.tooLong", MAX_NAME_LENGTH);
        refuseIf(command.startsOn() == null, "startsOn", "matching.startsOn.required");
        refuseIf(command.endsOn() == null, "endsOn", "matching.endsOn.required");
        refuseIf(command.endsOn().isBefore(command.startsOn()), "endsOn", "matching.endsOn.beforeStart",
                command.startsOn());
        refuseIf(command.format() == null, "format", "matching.format.required");
        refuseIf(command.focusArea() != null && command.focusArea().length() > MAX_NAME_LENGTH, "focusArea",
                "matching.focusArea.tooLong", MAX_NAME_LENGTH);
        refuseIf(command.partners() == null, "partners", "matching.partners.required");
        refuseIf(command.partners().size() > MAX_PARTNERS, "partners", "matching.partners.tooMany",
                MAX_PARTNERS);
        refuseIf(command.partners().stream().anyMatch(p -> isBlank(p)), "partners", "matching.partners.blank");
        refuseIf(command.partners().stream().anyMatch(p -> p.length() > MAX_NAME_LENGTH), "partners",
                "matching.partners.tooLong", MAX_NAME_LENGTH);
        apply(new MatchingFairPlannedEvent(command.fairId(), command.name(), command.startsOn(), command.endsOn(),
                command.format(), isBlank(command.focusArea()) ? null : command.focusArea(), command.partners()));
    }

    /**
     * A participant that is a registered client names its company, which must then be registered (the
     * {@link CompanyRegistry} is injected by Axon as a handler parameter); other firms take part by name only.
     */
    @CommandHandler
    CommandResult handle(RegisterFairParticipantCommand command, CompanyRegistry companies) {
        refuseIf(isBlank(command.participantId()), "participantId", "matching.participantId.blank");
        refuseIf(participants.containsKey(command.participantId()), "participantId",
                "matching.participantId.exists", command.participantId());
        refuseIf(command.side() == null, "side", "matching.side.required");
        refuseIf(isBlank(command.firmName()), "firmName", "matching.firmName.blank");
        refuseIf(command.firmName().length() > MAX_NAME_LENGTH, "firmName", "matching.firmName.tooLong",
                MAX_NAME_LENGTH);
        if (command.companyId() != null) {
            refuseIf(!companies.isRegistered(command.companyId()), "companyId", "matching.companyId.unknownCompany",
                    command.companyId());
            refuseIf(companiesBySide.contains(key(command.side(), command.companyId())), "companyId",
                    "matching.fair.companyTakesPartAlready." + command.side(), command.companyId());
        }
        apply(new FairParticipantRegisteredEvent(fairId, command.participantId(), command.side(), command.firmName(),
                command.companyId()));
        return result();
    }

    /** The same two participants may meet more than once: the report counts meetings (商談件数), not pairs. */
    @CommandHandler
    CommandResult handle(RecordFairMeetingCommand command) {
        refuseIf(isBlank(command.meetingId()), "meetingId", "matching.meetingId.blank");
        refuseIf(meetings.contains(command.meetingId()), "meetingId", "matching.meetingId.exists",
                command.meetingId());
        checkParticipant(command.orderingParticipantId(), "orderingParticipantId", FairSide.ORDERING);
        checkParticipant(command.supplyingParticipantId(), "supplyingParticipantId", FairSide.SUPPLYING);
        refuseIf(command.heldOn() == null, "heldOn", "matching.heldOn.required");
        refuseIf(command.heldOn().isBefore(startsOn) || command.heldOn().isAfter(endsOn), "heldOn",
                "matching.heldOn.outsideFair", startsOn, endsOn);
        apply(new FairMeetingRecordedEvent(fairId, command.meetingId(), command.orderingParticipantId(),
                command.supplyingParticipantId(), command.heldOn()));
        return result();
    }

    @CommandHandler
    CommandResult handle(RecordFairSatisfactionCommand command) {
        FairSide side = participantsSide(command.participantId(), "participantId");
        refuseIf(answered.contains(command.participantId()), "participantId",
                "matching.participantId.alreadyAnswered", command.participantId());
        apply(new FairSatisfactionRecordedEvent(fairId, command.participantId(), side, command.satisfied()));
        return result();
    }

    private void checkParticipant(String participantId, String field, FairSide expected) {
        FairSide side = participantsSide(participantId, field);
        refuseIf(side != expected, field, "matching.fair.participantNot." + expected, participantId);
    }

    private FairSide participantsSide(String participantId, String field) {
        FairSide side = participantId == null ? null : participants.get(participantId);
        refuseIf(side == null, field, "matching.fair.noSuchParticipant", participantId);
        return side;
    }

    private static String key(FairSide side, CompanyId companyId) {
        return side + ":" + companyId.value();
    }

    /** The version is the sequence number of the event just applied. */
    private CommandResult result() {
        return new CommandResult(fairId.value(), AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(MatchingFairPlannedEvent event) {
        fairId = event.fairId();
        startsOn = event.startsOn();
        endsOn = event.endsOn();
    }

    @EventSourcingHandler
    void on(FairParticipantRegisteredEvent event) {
        participants.put(event.participantId(), event.side());
        if (event.companyId() != null) {
            companiesBySide.add(key(event.side(), event.companyId()));
        }
    }

    @EventSourcingHandler
    void on(FairMeetingRecordedEvent event) {
        meetings.add(event.meetingId());
    }

    @EventSourcingHandler
    void on(FairSatisfactionRecordedEvent event) {
        answered.add(event.participantId());
    }
}
