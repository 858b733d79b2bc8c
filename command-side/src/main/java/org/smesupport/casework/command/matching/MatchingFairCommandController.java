package org.smesupport.casework.command.matching;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.command.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commands on matching fairs (商談会). Reads are the query side's. Ids of new things (fairs, participants,
 * meetings) are generated here, not in the aggregate.
 */
@RestController
@RequestMapping("/api/matching/fairs")
class MatchingFairCommandController {

    private final CommandGateway commandGateway;

    MatchingFairCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Plans a matching fair (商談会) with its dates, format and partners.
     * Answers 201 with the fair's new id.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommandResult> plan(@Valid @RequestBody PlanMatchingFairRequest request) {
        MatchingFairId fairId = MatchingFairId.of(newId());
        commandGateway.sendAndWait(request.toCommand(fairId));
        return Created.at(fairId.value());
    }

    /**
     * Registers an ordering firm or a supplier taking part in the fair.
     * Answers with the participant's id. A registered client names its company, which takes part at most once on
     * each side.
     */
    @PostMapping("/{fairId}/participants")
    ParticipantRegistered registerParticipant(@PathVariable String fairId,
            @Valid @RequestBody RegisterFairParticipantRequest request) {
        String participantId = newId();
        CommandResult result = commandGateway.sendAndWait(request.toCommand(MatchingFairId.of(fairId), participantId));
        return new ParticipantRegistered(result.id(), result.version(), participantId);
    }

    /**
     * Records a meeting (商談) at the fair between an ordering firm and a supplier.
     * It must be held during the fair; the same two may meet more than once. Answers with the meeting's id.
     */
    @PostMapping("/{fairId}/meetings")
    MeetingRecorded recordMeeting(@PathVariable String fairId, @Valid @RequestBody RecordFairMeetingRequest request) {
        String meetingId = newId();
        CommandResult result = commandGateway.sendAndWait(request.toCommand(MatchingFairId.of(fairId), meetingId));
        return new MeetingRecorded(result.id(), result.version(), meetingId);
    }

    /**
     * Records a participant's answer to the satisfaction survey (満足度).
     * The answer is satisfied or not; each participant answers once.
     */
    @PostMapping("/{fairId}/satisfaction")
    CommandResult recordSatisfaction(@PathVariable String fairId,
            @Valid @RequestBody RecordFairSatisfactionRequest request) {
        return commandGateway.sendAndWait(request.toCommand(MatchingFairId.of(fairId)));
    }

    private static String newId() {
        return IdentifierFactory.getInstance().generateIdentifier();
    }
}
