package org.smesupport.casework.app.audit.chain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.smesupport.casework.api.common.AcceptedDates;
import org.smesupport.casework.app.audit.search.AuditSearch;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/audit/export} (AUDITOR and ADMIN): the audit trail of a period ({@code recordedFrom} and
 * {@code recordedTo}, inclusive recording days in the centre's zone) or of one company across every programme
 * ({@code companyId}), as JSON Lines ({@code format=jsonl}, the default) or CSV with a BOM ({@code format=csv}),
 * streamed, each event with its stored row and its link of the hash chain ({@link AuditExport}).
 */
@RestController
class AuditExportController {

    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Optional<AuditExport> export;
    private final Optional<ExportedEvents> events;
    private final AuditSearch search;
    private final AcceptedDates dates;
    private final ZoneId zone;

    AuditExportController(Optional<AuditExport> export, Optional<ExportedEvents> events, AuditSearch search,
                          AcceptedDates dates, @Value("${casework.zone:Asia/Tokyo}") ZoneId zone) {
        this.export = export;
        this.events = events;
        this.search = search;
        this.dates = dates;
        this.zone = zone;
    }

    /**
     * Exports the audit trail of a period or of one company for download.
     * The file is JSON Lines or CSV. Give {@code recordedFrom} and {@code recordedTo}, or {@code companyId}, not
     * both; 404 where the events are stored in Axon Server, which keeps no hash chain to export.
     */
    @GetMapping("/api/audit/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String recordedFrom,
                                                 @RequestParam(required = false) String recordedTo,
                                                 @RequestParam(required = false) String companyId,
                                                 @RequestParam(defaultValue = "jsonl") String format) {
        boolean csv = switch (format) {
            case "jsonl" -> false;
            case "csv" -> true;
            default -> throw QueryParameters.badRequest("format must be jsonl or csv, was '" + format + "'");
        };
        AuditExport writer = export.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "there is no hash chain to export with: the events are stored in Axon Server"));
        ExportedEvents rows = events.orElseThrow();
        String company = QueryParameters.text(companyId);
        LocalDate from = QueryParameters.date("recordedFrom", recordedFrom, dates);
        LocalDate to = QueryParameters.date("recordedTo", recordedTo, dates);
        AuditExport.Scope scope;
        String name;
        if (company != null) {
            if (from != null || to != null) {
                throw QueryParameters.badRequest("give either companyId or recordedFrom and recordedTo, not both");
            }
            List<String> ids = search.eventsOfCompany(company);
            if (ids.isEmpty()) {
                throw QueryParameters.notFound("no stored event concerns a company '" + company + "'");
            }
            scope = scope(each -> rows.withIds(ids, each), described -> described.put("companyId", company));
            name = "audit-company-" + company;
        } else {
            if (from == null || to == null) {
                throw QueryParameters.badRequest("give recordedFrom and recordedTo (recording days, inclusive), or "
                        + "companyId");
            }
            QueryParameters.inOrder("recordedFrom", from, "recordedTo", to);
            scope = scope(each -> rows.recorded(from.atStartOfDay(zone).toInstant(),
                    to.plusDays(1).atStartOfDay(zone).toInstant(), each), described -> described
                    .put("recordedFrom", from.toString()).put("recordedTo", to.toString()).put("zone", zone.getId()));
            name = "audit-" + from + "-" + to;
        }
        StreamingResponseBody body = out -> {
            if (csv) {
                writer.csv(scope, out);
            } else {
                writer.jsonLines(scope, out);
            }
        };
        return ResponseEntity.ok().contentType(csv ? CSV : JSON_LINES)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + (csv ? ".csv" : ".jsonl")).build().toString())
                .body(body);
    }

    private static AuditExport.Scope scope(Consumer<Consumer<ExportedEvent>> events,
                                           UnaryOperator<ObjectNode> describe) {
        return new AuditExport.Scope() {
            @Override
            public void events(Consumer<ExportedEvent> each) {
                events.accept(each);
            }

            @Override
            public ObjectNode describe(ObjectNode scope) {
                return describe.apply(scope);
            }
        };
    }
}
