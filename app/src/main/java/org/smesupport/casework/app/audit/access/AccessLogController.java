package org.smesupport.casework.app.audit.access;

import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.audit.AccessKind;
import org.smesupport.casework.api.audit.AccessPage;
import org.smesupport.casework.api.audit.FindAccessLogQuery;
import org.smesupport.casework.api.common.AcceptedDates;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/access} (AUDITOR and ADMIN, as all of {@code /api/audit}): the access log, newest first,
 * paged, by {@code kind}, {@code user} and recording days ({@code from}, {@code to}, inclusive, the centre's zone).
 */
@RestController
class AccessLogController {

    private final AccessLog log;
    private final AcceptedDates dates;
    private final ZoneId zone;

    AccessLogController(AccessLog log, AcceptedDates dates, @Value("${casework.zone:Asia/Tokyo}") ZoneId zone) {
        this.log = log;
        this.dates = dates;
        this.zone = zone;
    }

    /**
     * Searches the access log, newest entry first, by kind, user and days.
     */
    @GetMapping("/api/audit/access")
    AccessPage search(@RequestParam(required = false) String kind, @RequestParam(required = false) String user,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(defaultValue = "0") String page, @RequestParam(defaultValue = "50") String size) {
        LocalDate first = QueryParameters.date("from", from, dates);
        LocalDate last = QueryParameters.date("to", to, dates);
        QueryParameters.inOrder("from", first, "to", last);
        return handle(new FindAccessLogQuery(QueryParameters.constant("kind", AccessKind.class, kind),
                QueryParameters.text(user), first, last, QueryParameters.page(page), QueryParameters.size(size)));
    }

    /** The same search on the query bus, for the auditors' page. */
    @QueryHandler
    AccessPage handle(FindAccessLogQuery query) {
        return log.search(new AccessCriteria(query.kind(), query.user(),
                query.from() == null ? null : query.from().atStartOfDay(zone).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant()),
                query.page(), query.size());
    }
}
