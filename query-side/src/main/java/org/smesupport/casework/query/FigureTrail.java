package org.smesupport.casework.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.common.FigureRecord;
import org.smesupport.casework.api.common.FigureRecords;
import org.smesupport.casework.api.common.FindFigureRecordsQuery;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.published.PublishedFigures;
import org.smesupport.casework.projection.GlobalPosition;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.StatisticsProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The drill-down of a report: the exact records behind each of its figures. The report's statistics projection
 * replays the whole event log into a database of its own (dropped afterwards) while every change it makes to a
 * year's document is watched; each line's {@link FigureFormula} says how much the change moved the line's figures,
 * so the events that moved a figure are its records and their moves add up to it by construction. The lines are
 * those the report's own query handler builds, so nothing about a figure is written twice.
 * <p>
 * A replay reads the whole log (about as long as an as-of report), so the last one per report is kept until the
 * log grows; replays run one at a time, which bounds the memory they take.
 */
@Component
public class FigureTrail {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    /** The metadata's free-text reason for a change, which may name people. */
    private static final String REASON = "reason";

    private final EventStore eventStore;
    private final MongoClient mongo;
    private final FiscalYearReports reports;
    private final int cacheSize;
    private final ObjectMapper json;
    private final Map<String, ReportTrail> latest = new HashMap<>();

    FigureTrail(EventStore eventStore, MongoClient mongo, FiscalYearReports reports,
                @Value(ReadModelSettings.CACHE_SIZE) int cacheSize, ObjectMapper json) {
        this.eventStore = eventStore;
        this.mongo = mongo;
        this.reports = reports;
        this.cacheSize = cacheSize;
        this.json = json;
    }

    /** The drill-down on the query bus, for the report pages: nothing for a report or line that does not exist. */
    @QueryHandler
    FigureRecords handle(FindFigureRecordsQuery query) {
        return reports.named(query.report()).flatMap(report -> records(report, FiscalYear.of(query.fiscalYear()),
                query.table(), query.line(), query.page(), query.size(), query.withPersonalData())).orElse(null);
    }

    /** The line keys ({@code table.line}) of the report that drill down, in the report's order. */
    public List<String> lines(FiscalYearReport<?> report, FiscalYear year) {
        return List.copyOf(trail(report, year).lines().keySet());
    }

    /**
     * A page of the records behind the figure of {@code year} on the line, with their personal information or
     * without ({@link PersonalFields}); empty if the report has no such line.
     */
    public <R> Optional<FigureRecords> records(FiscalYearReport<R> report, FiscalYear year, String table,
                                               String line, int page, int size, boolean withPersonalData) {
        ReportTrail trail = trail(report, year);
        String key = table + "." + line;
        return trail.line(key).map(formula -> {
            FigureMoves moves = trail.figure(key, year);
            List<FigureRecord> items = new ArrayList<>();
            long from = (long) page * size;
            for (long index = from; index < Math.min(moves.size(), from + size); index++) {
                items.add(record(trail, moves.position((int) index), moves.amount((int) index), withPersonalData));
            }
            ReportFigure reported = reported(report, year, table, line);
            Long exact = reported == null ? null : exact(formula.unit(), reported);
            return new FigureRecords(report.name(), table, line, formula.label(), formula.unit(), year.startYear(),
                    year.label(), reported, moves.total(), moves.size(), exact == null ? null : exact == moves.total(),
                    trail.head(), page, size, items);
        });
    }

    /** The self-check of the report named {@code name}; a name no report has is refused. */
    public ReportSelfCheck selfCheck(String name, FiscalYear year) {
        return selfCheck(reports.named(name).orElseThrow(() -> new IllegalArgumentException("no report " + name)),
                year);
    }

    /** Every recorded figure of the report's five-year tables against the records behind it. */
    public <R> ReportSelfCheck selfCheck(FiscalYearReport<R> report, FiscalYear year) {
        ReportTrail trail = trail(report, year);
        List<ReportSelfCheck.Mismatch> mismatches = new ArrayList<>();
        int checked = 0;
        for (ReportTable table : report.tables(reports.answer(report, year))) {
            for (ReportLine line : table.lines()) {
                String key = table.code() + "." + line.code();
                if (trail.line(key).isEmpty()) {
                    continue;
                }
                for (ReportFigure figure : line.years()) {
                    Long reported = exact(line.unit(), figure);
                    if (reported == null) {
                        continue;
                    }
                    checked++;
                    long fromRecords = trail.figure(key, FiscalYear.of(figure.fiscalYear())).total();
                    if (fromRecords != reported) {
                        mismatches.add(new ReportSelfCheck.Mismatch(table.code(), line.code(), line.label(),
                                figure.fiscalYear(), figure.label(), reported, fromRecords));
                    }
                }
            }
        }
        return new ReportSelfCheck(report.name(), year.startYear(), trail.head(), trail.replayed(), checked,
                mismatches.isEmpty(), mismatches);
    }

    /** The figure in the line's exact unit, or {@code null} where it is not counted from the records. */
    private static Long exact(ReportFigure.Unit unit, ReportFigure figure) {
        if (figure.source() != null) {
            return null;
        }
        return switch (unit) {
            case COUNT, COMPANIES, TIMES -> figure.count();
            case HALF_COUNT -> figure.halves();
            case YEN -> figure.yen();
            case PERCENT -> null;
        };
    }

    private <R> ReportFigure reported(FiscalYearReport<R> report, FiscalYear year, String table, String line) {
        return report.tables(reports.answer(report, year)).stream()
                .filter(candidate -> candidate.code().equals(table))
                .flatMap(candidate -> candidate.lines().stream())
                .filter(candidate -> candidate.code().equals(line))
                .map(ReportLine::b)
                .findFirst().orElse(null);
    }

    private FigureRecord record(ReportTrail trail, long position, long contribution, boolean withPersonalData) {
        ReportTrail.EventRef ref = trail.event(position);
        if (ref == null) {
            // Every event here comes from an aggregate; one that did not could not be read back by its stream.
            return new FigureRecord(position, contribution, null, null, -1, null, null, null, null, null, List.of(),
                    null);
        }
        DomainEventStream stream = eventStore.readEvents(ref.aggregateId(), ref.sequence());
        DomainEventMessage<?> event = stream.next();
        Map<String, Object> payload = json.convertValue(event.getPayload(), FIELDS);
        Map<String, Object> metadata = json.convertValue(event.getMetaData(), FIELDS);
        List<String> withheld = new ArrayList<>();
        if (!withPersonalData) {
            withheld.addAll(PersonalFields.withhold(event.getPayload(), payload));
            if (metadata.remove(REASON) != null) {
                withheld.add("metadata." + REASON);
            }
        }
        return new FigureRecord(position, contribution, event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getIdentifier(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), payload, metadata, withheld,
                "/api/audit/streams/" + event.getAggregateIdentifier());
    }

    /** The last replay of the report if the log has not grown since, else a new one. */
    private synchronized ReportTrail trail(FiscalYearReport<?> report, FiscalYear year) {
        long head = head();
        ReportTrail kept = latest.get(report.name());
        if (kept != null && kept.head() == head) {
            return kept;
        }
        latest.remove(report.name());
        ReportTrail trail = replay(report, year, head);
        latest.put(report.name(), trail);
        return trail;
    }

    private long head() {
        TrackingToken token = eventStore.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }

    private <R> ReportTrail replay(FiscalYearReport<R> report, FiscalYear year, long head) {
        MongoDatabase scratch = mongo.getDatabase("trail-" + UUID.randomUUID());
        try {
            ReportReplay<R> replay = report.replay();
            // The report built once on an empty database notes how each of its lines is computed; the lines are the
            // same for every year.
            Map<String, LineFormula> lines = new LinkedHashMap<>();
            replay.builder().build(scratch, name -> PublishedColumns.noting(PublishedFigures.of(name, List.of()),
                    lines), year);
            ReportTrail trail = new ReportTrail(lines, head);
            StatisticsProjection projection = replay.projection().apply(scratch, cacheSize);
            projection.watch((changed, position, before, after) ->
                    trail.changed(changed, position.index(), before, after));
            ProjectionReplay feed = new ProjectionReplay(projection);
            ProjectionReplay.eachEvent(eventStore, head, event -> {
                if (feed.offer(event) && event instanceof DomainEventMessage<?> domain) {
                    trail.offered(GlobalPosition.of(event.trackingToken()).index(), new ReportTrail.EventRef(
                            domain.getAggregateIdentifier(), domain.getSequenceNumber()));
                }
            });
            trail.done(feed.finish());
            return trail;
        } finally {
            scratch.drop();
        }
    }
}
