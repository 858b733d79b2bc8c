package org.smesupport.casework.app.audit.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smesupport.casework.api.audit.AuditPage;
import org.smesupport.casework.api.audit.FindAuditEventsQuery;
import org.smesupport.casework.api.common.AcceptedDates;
import org.smesupport.casework.app.audit.AuditMetadata;
import org.smesupport.casework.app.security.Role;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/events} (AUDITOR and ADMIN, as all of {@code /api/audit}): the stored events of every stream
 * that match all the criteria given, newest first, paged. {@code user}, {@code role}, {@code correlationId} (every
 * event one request caused, including what processes did on its behalf), {@code companyId} (everything the centre
 * recorded for a company, in every programme), {@code aggregateType},
 * {@code aggregateId}, {@code eventType} match exactly; {@code businessDateFrom}/{@code businessDateTo} and
 * {@code recordedFrom}/{@code recordedTo} are inclusive days (recording days in the centre's zone).
 */
@RestController
class AuditSearchController {

    private static final List<String> ROLES = roles();

    private final AuditSearch search;
    private final AcceptedDates dates;
    private final ZoneId zone;

    AuditSearchController(AuditSearch search, AcceptedDates dates, @Value("${casework.zone:Asia/Tokyo}") ZoneId zone) {
        this.search = search;
        this.dates = dates;
        this.zone = zone;
    }

    /**
     * Searches the stored events of every stream, newest first, paged.
     * It filters by who (user, role), what (record, type, company, correlation) and when (business and recording
     * days); an unknown {@code role} is refused (400).
     */
    @GetMapping("/api/audit/events")
    AuditPage events(@RequestParam(required = false) String user, @RequestParam(required = false) String role,
                     @RequestParam(required = false) String correlationId,
                     @RequestParam(required = false) String companyId,
                     @RequestParam(required = false) String aggregateType,
                     @RequestParam(required = false) String aggregateId,
                     @RequestParam(required = false) String eventType,
                     @RequestParam(required = false) String businessDateFrom,
                     @RequestParam(required = false) String businessDateTo,
                     @RequestParam(required = false) String recordedFrom,
                     @RequestParam(required = false) String recordedTo,
                     @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "50") String size) {
        String roleWanted = QueryParameters.text(role);
        if (roleWanted != null && !ROLES.contains(roleWanted)) {
            throw QueryParameters.badRequest("role must be one of " + String.join(", ", ROLES) + ", was '" + role + "'");
        }
        LocalDate businessFrom = QueryParameters.date("businessDateFrom", businessDateFrom, dates);
        LocalDate businessTo = QueryParameters.date("businessDateTo", businessDateTo, dates);
        QueryParameters.inOrder("businessDateFrom", businessFrom, "businessDateTo", businessTo);
        LocalDate recordedFromDay = QueryParameters.date("recordedFrom", recordedFrom, dates);
        LocalDate recordedToDay = QueryParameters.date("recordedTo", recordedTo, dates);
        QueryParameters.inOrder("recordedFrom", recordedFromDay, "recordedTo", recordedToDay);
        return search.find(new FindAuditEventsQuery(QueryParameters.text(user), roleWanted,
                QueryParameters.text(correlationId), QueryParameters.text(companyId), QueryParameters.text(aggregateType),
                QueryParameters.text(aggregateId), QueryParameters.text(eventType), businessFrom, businessTo,
                startOf(recordedFromDay), recordedToDay == null ? null : startOf(recordedToDay.plusDays(1)),
                QueryParameters.page(page), QueryParameters.size(size)));
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static List<String> roles() {
        List<String> roles = new ArrayList<>(Arrays.stream(Role.values()).map(Role::name).toList());
        roles.add(AuditMetadata.SYSTEM_ROLE);
        return List.copyOf(roles);
    }
}
