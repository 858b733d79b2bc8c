package org.smesupport.casework.query.history;

import java.time.LocalDate;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.audit.FindRecordChangesQuery;
import org.smesupport.casework.api.audit.RecordChanges;
import org.smesupport.casework.api.common.AcceptedDates;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An aggregate's state for auditors (AUDITOR and ADMIN, as all of {@code /api/audit}):
 * {@code GET /api/audit/streams/{id}/state?version=|asOf=} its detail view after a version or at the end of a day
 * (neither: now), and {@code GET /api/audit/streams/{id}/diff?from=&to=} what changed between two versions and by
 * which events ({@link AggregateStates}).
 */
@RestController
class AggregateStateController {

    private final AggregateStates states;
    private final AcceptedDates dates;

    AggregateStateController(AggregateStates states, AcceptedDates dates) {
        this.states = states;
        this.dates = dates;
    }

    /**
     * Shows a record as it stood after a version, or at the end of a day, or now.
     * Give {@code version} or {@code asOf}, not both; a record type without a detail view, or a version the
     * record does not have, is refused (422).
     *
     * @param aggregateId the id of the company, case, contract or other record
     */
    @GetMapping("/api/audit/streams/{aggregateId}/state")
    AggregateState state(@PathVariable String aggregateId, @RequestParam(required = false) String version,
                         @RequestParam(required = false) String asOf) {
        Long at = version == null ? null : (long) QueryParameters.integer("version", version);
        LocalDate day = QueryParameters.date("asOf", asOf, dates);
        if (at != null && day != null) {
            throw QueryParameters.badRequest("give version or asOf, not both");
        }
        try {
            return states.state(aggregateId, at, day).orElseThrow(() -> notFound(aggregateId));
        } catch (AggregateStates.NoHistory refused) {
            throw unprocessable(refused);
        }
    }

    /**
     * Shows what changed in a record between two versions, and by which events.
     * Without {@code to}, up to the latest version.
     *
     * @param aggregateId the id of the company, case, contract or other record
     */
    @GetMapping("/api/audit/streams/{aggregateId}/diff")
    StateDiff diff(@PathVariable String aggregateId, @RequestParam String from,
                   @RequestParam(required = false) String to) {
        long start = QueryParameters.integer("from", from);
        Long end = to == null ? null : (long) QueryParameters.integer("to", to);
        try {
            return states.diff(aggregateId, start, end).orElseThrow(() -> notFound(aggregateId));
        } catch (AggregateStates.NoHistory refused) {
            throw unprocessable(refused);
        }
    }

    /**
     * What one event changed, for the auditors' history page (on the query bus): {@code null}, which the page shows as
     * "not found", for a record without that version or of a type whose view is not rebuilt.
     */
    @QueryHandler
    RecordChanges handle(FindRecordChangesQuery query) {
        try {
            return states.changes(query.aggregateId(), query.version()).orElse(null);
        } catch (AggregateStates.NoHistory notRebuilt) {
            return null;
        }
    }

    private static ResponseStatusException unprocessable(AggregateStates.NoHistory refused) {
        return new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage(), refused);
    }

    private static ResponseStatusException notFound(String aggregateId) {
        return QueryParameters.notFound("no events stored for '" + aggregateId + "'");
    }
}
