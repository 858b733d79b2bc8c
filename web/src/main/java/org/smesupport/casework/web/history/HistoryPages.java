package org.smesupport.casework.web.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.audit.EventHistory;
import org.smesupport.casework.api.audit.FindEventHistoryQuery;
import org.smesupport.casework.api.audit.FindRecordChangesQuery;
import org.smesupport.casework.api.audit.RecordChanges;
import org.smesupport.casework.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * A record's full event history for auditors (AUDITOR and ADMIN, see PageSecurity): every stored event with who
 * recorded it, in which role, when, for which business date, why, and the request it belonged to. Read from the
 * event store, not from a read model, so it is what the product decided on, not what a view made of it.
 */
@Controller
class HistoryPages {

    private final QueryGateway queries;
    private final ZoneId zone;
    private final ObjectMapper json;

    HistoryPages(QueryGateway queries, @Value("${casework.zone:Asia/Tokyo}") ZoneId zone, ObjectMapper json) {
        this.queries = queries;
        this.zone = zone;
        this.json = json;
    }

    /** The auditors' search box: a record's id as a caseworker or the API shows it. */
    @GetMapping("/history")
    String find(@RequestParam(required = false) String id, Model model) {
        if (id == null || id.isBlank()) {
            model.addAttribute("blank", id != null);
            return "history/find";
        }
        return "redirect:/history/" + UriUtils.encodePathSegment(id.strip(), StandardCharsets.UTF_8);
    }

    @GetMapping("/history/{aggregateId}")
    String show(@PathVariable String aggregateId, Model model) {
        EventHistory history = Optional.ofNullable(queries.query(new FindEventHistoryQuery(aggregateId),
                ResponseTypes.instanceOf(EventHistory.class)).join()).orElseThrow(NotFound::new);
        model.addAttribute("history", history);
        model.addAttribute("rows", history.events().stream().map(event -> HistoryRow.of(event, zone, json)).toList());
        return "history/show";
    }

    /** What one event changed in the record's detail view, and the whole view right after it. */
    @GetMapping("/history/{aggregateId}/changes")
    String changes(@PathVariable String aggregateId, @RequestParam long version, Model model) {
        RecordChanges changes = Optional.ofNullable(queries.query(new FindRecordChangesQuery(aggregateId, version),
                ResponseTypes.instanceOf(RecordChanges.class)).join()).orElseThrow(NotFound::new);
        EventHistory history = queries.query(new FindEventHistoryQuery(aggregateId),
                ResponseTypes.instanceOf(EventHistory.class)).join();
        model.addAttribute("changes", changes);
        model.addAttribute("event", history.events().stream().filter(event -> event.sequence() == version)
                .map(event -> HistoryRow.of(event, zone, json)).findFirst().orElseThrow(NotFound::new));
        model.addAttribute("last", history.events().get(history.events().size() - 1).sequence());
        return "history/changes";
    }
}
