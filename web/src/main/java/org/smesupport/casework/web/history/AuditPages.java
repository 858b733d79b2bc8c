package org.smesupport.casework.web.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.audit.AccessEntry;
import org.smesupport.casework.api.audit.AccessKind;
import org.smesupport.casework.api.audit.AccessPage;
import org.smesupport.casework.api.audit.AuditEntry;
import org.smesupport.casework.api.audit.AuditPage;
import org.smesupport.casework.api.audit.ChainVerification;
import org.smesupport.casework.api.audit.FindAccessLogQuery;
import org.smesupport.casework.api.audit.FindAuditEventsQuery;
import org.smesupport.casework.api.audit.VerifyAuditChainQuery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditors' pages beside a record's history: the search across every stream (who, which request, which company,
 * which record, which kind of event; newest first), the access log (refusals and reads of personal information),
 * and the walk of the event store against its hash chain.
 * Auditors and administrators only, as the audit API.
 */
@Controller
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final ZoneId zone;

    AuditPages(QueryGateway queries, @Value("${casework.zone:Asia/Tokyo}") ZoneId zone) {
        this.queries = queries;
        this.zone = zone;
    }

    /** One event found, recorded at the centre's local time. */
    record Found(AuditEntry entry, LocalDateTime recordedAt) {
    }

    @GetMapping("/audit/events")
    String events(@RequestParam(required = false) String user, @RequestParam(required = false) String correlationId,
                  @RequestParam(required = false) String companyId, @RequestParam(required = false) String aggregateId,
                  @RequestParam(required = false) String eventType, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        FindAuditEventsQuery query = new FindAuditEventsQuery(text(user), null, text(correlationId), text(companyId),
                null, text(aggregateId), text(eventType), null, null, null, null, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("query", query);
        boolean asked = List.of(Optional.ofNullable(query.user()), Optional.ofNullable(query.correlationId()),
                Optional.ofNullable(query.companyId()), Optional.ofNullable(query.aggregateId()),
                Optional.ofNullable(query.eventType())).stream().anyMatch(Optional::isPresent);
        if (asked) {
            AuditPage found = queries.query(query, ResponseTypes.instanceOf(AuditPage.class)).join();
            model.addAttribute("found", found);
            model.addAttribute("rows", found.items().stream()
                    .map(entry -> new Found(entry, LocalDateTime.ofInstant(entry.recordedAt(), zone))).toList());
            model.addAttribute("lastPage", Math.max(0, (found.total() - 1) / PAGE_SIZE));
        }
        return "audit/events";
    }

    /** One entry of the access log, recorded at the centre's local time. */
    record Access(AccessEntry entry, LocalDateTime recordedAt) {
    }

    @GetMapping("/audit/access")
    String access(@RequestParam(required = false) String kind, @RequestParam(required = false) String user,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        AccessKind chosen = Arrays.stream(AccessKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        FindAccessLogQuery query = new FindAccessLogQuery(chosen, text(user), from, to, Math.max(0, page), PAGE_SIZE);
        AccessPage found = queries.query(query, ResponseTypes.instanceOf(AccessPage.class)).join();
        model.addAttribute("query", query);
        model.addAttribute("kinds", AccessKind.values());
        model.addAttribute("found", found);
        model.addAttribute("rows", found.items().stream()
                .map(entry -> new Access(entry, LocalDateTime.ofInstant(entry.recordedAt(), zone))).toList());
        model.addAttribute("lastPage", Math.max(0, (found.total() - 1) / PAGE_SIZE));
        return "audit/access";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", queries.query(new VerifyAuditChainQuery(),
                ResponseTypes.instanceOf(ChainVerification.class)).join());
        return "audit/verify";
    }

    private static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
