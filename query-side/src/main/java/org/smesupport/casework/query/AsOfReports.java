package org.smesupport.casework.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.common.FigureChange;
import org.smesupport.casework.api.common.FindReportAsOfQuery;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportAsOfView;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.published.PublishedFigure;
import org.smesupport.casework.api.published.PublishedFigureRecordedEvent;
import org.smesupport.casework.api.published.PublishedFigures;
import org.smesupport.casework.projection.ReadModelSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A report as it stood on a past date: the report's statistics projection replays, into a database of its own that
 * is dropped afterwards, every event recorded before the end of that day (by the event's timestamp, so a figure
 * back-dated into the year later is not in it), and the report is built from it by the live report's code; the
 * published figures are those recorded by then too. Today's report is then compared figure by figure. The whole
 * event log is read once per request, so this is an auditor's question, not a page's.
 */
@Component
public class AsOfReports {

    private final EventStore eventStore;
    private final MongoClient mongo;
    private final FiscalYearReports reports;
    private final int cacheSize;
    private final ZoneId zone;

    AsOfReports(EventStore eventStore, MongoClient mongo, FiscalYearReports reports,
                @Value(ReadModelSettings.CACHE_SIZE) int cacheSize, @Value("${casework.zone:Asia/Tokyo}") ZoneId zone) {
        this.eventStore = eventStore;
        this.mongo = mongo;
        this.reports = reports;
        this.cacheSize = cacheSize;
        this.zone = zone;
    }

    /** The report named {@code name} as it stood at the end of {@code date}; a name no report has is refused. */
    public ReportAsOf<?> asOf(String name, FiscalYear year, LocalDate date) {
        return asOf(reports.named(name).orElseThrow(() -> new IllegalArgumentException("no report " + name)), year,
                date);
    }

    /** The report as it stood then, for the report pages: its tables then and what changed since. */
    @QueryHandler
    ReportAsOfView handle(FindReportAsOfQuery query) {
        return reports.named(query.report()).map(report -> view(report, FiscalYear.of(query.fiscalYear()), query.date()))
                .orElse(null);
    }

    private <R> ReportAsOfView view(FiscalYearReport<R> report, FiscalYear year, LocalDate date) {
        ReportAsOf<R> then = asOf(report, year, date);
        List<ReportTable> tables = report.tables(then.figures());
        ReportLine first = tables.isEmpty() || tables.get(0).lines().isEmpty() ? null : tables.get(0).lines().get(0);
        return new ReportAsOfView(report.name(), year.startYear(), date, then.recordedBefore(), then.eventsReplayed(),
                first == null ? List.of() : first.years().stream().map(ReportFigure::label).toList(),
                year.previous().label(), year.label(), tables, then.changedSince());
    }

    /** The reports' names, e.g. for a benchmark that asks them all. */
    public List<String> names() {
        return List.of(reports.names().split(", "));
    }

    <R> ReportAsOf<R> asOf(FiscalYearReport<R> report, FiscalYear year, LocalDate date) {
        Instant recordedBefore = date.plusDays(1).atStartOfDay(zone).toInstant();
        MongoDatabase scratch = mongo.getDatabase("asof-" + UUID.randomUUID());
        try {
            ReportReplay<R> replay = report.replay();
            ProjectionReplay projection = new ProjectionReplay(replay.projection().apply(scratch, cacheSize));
            Map<String, PublishedFigure> published = new LinkedHashMap<>();
            long replayed = replay(projection, recordedBefore, report.name(), published);
            R then = replay.builder().build(scratch, name -> PublishedColumns.of(
                    PublishedFigures.of(name, List.copyOf(published.values()))), year);
            R now = reports.answer(report, year);
            return new ReportAsOf<>(report.name(), year.startYear(), date, recordedBefore, replayed, then,
                    changes(report.tables(then), report.tables(now)));
        } finally {
            scratch.drop();
        }
    }

    private long replay(ProjectionReplay projection, Instant recordedBefore, String report,
                        Map<String, PublishedFigure> published) {
        ProjectionReplay.eachEvent(eventStore, ProjectionReplay.WHOLE_LOG, event -> {
            if (!event.getTimestamp().isBefore(recordedBefore)) {
                return;
            }
            if (PublishedFigureRecordedEvent.class.equals(event.getPayloadType())) {
                PublishedFigureRecordedEvent recorded = (PublishedFigureRecordedEvent) event.getPayload();
                if (recorded.report().equals(report)) {
                    published.put(recorded.table() + "." + recorded.line() + "@" + recorded.fiscalYear(),
                            new PublishedFigure(report, recorded.table(), recorded.line(), recorded.fiscalYear(),
                                    recorded.value()));
                }
            } else {
                projection.offer(event);
            }
        });
        return projection.finish();
    }

    private static List<FigureChange> changes(List<ReportTable> then, List<ReportTable> now) {
        Map<String, ReportFigure> current = new HashMap<>();
        now.forEach(table -> table.lines().forEach(line -> line.years().forEach(figure ->
                current.put(key(table, line, figure), figure))));
        List<FigureChange> changes = new ArrayList<>();
        for (ReportTable table : then) {
            for (ReportLine line : table.lines()) {
                for (ReportFigure figure : line.years()) {
                    ReportFigure today = current.get(key(table, line, figure));
                    BigDecimal before = PrintedComparison.printedValue(figure);
                    BigDecimal after = today == null ? null : PrintedComparison.printedValue(today);
                    if (before == null ? after != null : after == null || before.compareTo(after) != 0) {
                        changes.add(new FigureChange(table.code(), line.code(), line.label(), figure.fiscalYear(),
                                figure.label(), before, after));
                    }
                }
            }
        }
        return changes;
    }

    private static String key(ReportTable table, ReportLine line, ReportFigure figure) {
        return table.code() + "." + line.code() + "@" + figure.fiscalYear();
    }
}
