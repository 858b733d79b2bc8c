package org.smesupport.casework.command.published;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FindReportLayoutQuery;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLayout;
import org.smesupport.casework.api.common.ReportLayoutLine;
import org.smesupport.casework.api.published.FindPublishedFiguresQuery;
import org.smesupport.casework.api.published.PublishedFigure;
import org.smesupport.casework.api.published.PublishedFigureChecks;
import org.smesupport.casework.api.published.PublishedFigures;
import org.smesupport.casework.api.published.PublishedInconsistency;
import org.smesupport.casework.api.published.RecordPublishedFigureCommand;
import org.smesupport.casework.command.importing.ImportFindings;
import org.smesupport.casework.command.importing.ImportKind;
import org.smesupport.casework.command.importing.RowFields;
import org.springframework.stereotype.Component;

/**
 * The import of published figures ({@code published-figures}): one row per figure, {@code report} (leases, matching,
 * restructuring), {@code table} and {@code line} (the codes of the report's JSON and CSV), {@code fiscalYear} and
 * {@code value} as printed (thousands separators and △ allowed; 千円 for money, one decimal for a half-count or a
 * rate); {@code label} may repeat the line's Japanese name for the reader and is not stored. A line the report does
 * not have, or a value its unit cannot print, is a problem. Warnings, which do not stop the import: a year the
 * records already cover (its published figure is listed beside the recorded one) and published figures that do not
 * add up ({@link PublishedFigureChecks}, checked with the figures already stored).
 */
@Component
class PublishedFigureImport implements ImportKind<RecordPublishedFigureCommand> {

    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2999;

    private final QueryGateway queries;

    PublishedFigureImport(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public String name() {
        return "published-figures";
    }

    @Override
    public List<String> columns() {
        return List.of("report", "table", "line", "label", "fiscalYear", "value");
    }

    @Override
    public RecordPublishedFigureCommand read(RowFields row) {
        String report = row.text("report");
        String table = row.text("table");
        String line = row.text("line");
        Integer fiscalYear = row.integer("fiscalYear");
        BigDecimal value = row.decimal("value");
        if (fiscalYear != null && (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR)) {
            row.problem("fiscalYear", "import.field.notOneOf", "fiscalYear", FIRST_YEAR + "–" + LAST_YEAR, fiscalYear);
        }
        if (!row.readable()) {
            return null;
        }
        return new RecordPublishedFigureCommand(RecordPublishedFigureCommand.BOOK_ID, report, table, line, fiscalYear,
                value);
    }

    @Override
    public void check(List<ReadRow<RecordPublishedFigureCommand>> rows, ImportFindings findings) {
        Map<String, ReportLayout> layouts = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<PublishedFigure>> byReport = new HashMap<>();
        for (ReadRow<RecordPublishedFigureCommand> row : rows) {
            RecordPublishedFigureCommand figure = row.command();
            ReportLayout layout = layouts.computeIfAbsent(figure.report() + "@" + figure.fiscalYear(),
                    key -> layout(figure.report(), figure.fiscalYear()));
            String lineKey = figure.table() + "." + figure.line();
            Integer first = seen.putIfAbsent(figure.report() + "/" + lineKey + "/" + figure.fiscalYear(), row.row());
            if (first != null) {
                findings.problem(row.row(), "line", "import.row.duplicate", first, lineKey + " " + figure.fiscalYear());
                continue;
            }
            if (!layout.exists()) {
                findings.problem(row.row(), "report", "published.report.unknown", figure.report(),
                        String.join(", ", layout.reports()));
                continue;
            }
            Optional<ReportLayoutLine> line = layout.lines().stream()
                    .filter(candidate -> candidate.table().equals(figure.table())
                            && candidate.line().equals(figure.line()))
                    .findFirst();
            if (line.isEmpty()) {
                findings.problem(row.row(), "line", "published.line.unknown", figure.report(), lineKey);
                continue;
            }
            if (!printable(line.get().unit(), figure.value())) {
                findings.problem(row.row(), "value", "published.value.shape", figure.value().toPlainString());
                continue;
            }
            if (line.get().recorded()) {
                findings.warning(row.row(), "fiscalYear", "published.fiscalYear.covered", figure.fiscalYear());
            }
            byReport.computeIfAbsent(figure.report(), report -> new ArrayList<>()).add(new PublishedFigure(
                    figure.report(), figure.table(), figure.line(), figure.fiscalYear(), figure.value()));
        }
        byReport.forEach((report, figures) -> warnInconsistencies(report, figures, rows, findings));
    }

    @Override
    public boolean alreadyStored(RecordPublishedFigureCommand command) {
        return stored(command.report()).figures().stream().anyMatch(figure ->
                figure.table().equals(command.table()) && figure.line().equals(command.line())
                        && figure.fiscalYear() == command.fiscalYear() && figure.value().compareTo(command.value()) == 0);
    }

    /**
     * The stored figures with the file's over them, checked together; what concerns the file's years (or, for a
     * year's opening, the year before) is warned of, on the file's row where the figure is in it.
     */
    private void warnInconsistencies(String report, List<PublishedFigure> fromFile,
                                     List<ReadRow<RecordPublishedFigureCommand>> rows, ImportFindings findings) {
        Map<String, PublishedFigure> merged = new HashMap<>();
        stored(report).figures().forEach(figure -> merged.put(figure.lineKey() + "@" + figure.fiscalYear(), figure));
        fromFile.forEach(figure -> merged.put(figure.lineKey() + "@" + figure.fiscalYear(), figure));
        Set<Integer> years = new HashSet<>();
        fromFile.forEach(figure -> years.add(figure.fiscalYear()));
        for (PublishedInconsistency found : PublishedFigureChecks.check(report, List.copyOf(merged.values()))) {
            if (!years.contains(found.fiscalYear()) && !years.contains(found.fiscalYear() - 1)) {
                continue;
            }
            int row = rows.stream()
                    .filter(read -> read.command().report().equals(report)
                            && (read.command().table() + "." + read.command().line()).equals(found.lineKey())
                            && read.command().fiscalYear() == found.fiscalYear())
                    .mapToInt(ReadRow::row)
                    .findFirst()
                    .orElse(0);
            findings.warning(row, "value", "published.value.inconsistent", found.fiscalYear(), found.lineKey(),
                    found.explanation());
        }
    }

    private static boolean printable(ReportFigure.Unit unit, BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return switch (unit) {
            case COUNT, COMPANIES, TIMES, YEN -> plain.scale() <= 0;
            case HALF_COUNT -> plain.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
            case PERCENT -> plain.scale() <= 1;
        };
    }

    private ReportLayout layout(String report, int fiscalYear) {
        return queries.query(new FindReportLayoutQuery(report, fiscalYear), ResponseTypes.instanceOf(ReportLayout.class))
                .join();
    }

    private PublishedFigures stored(String report) {
        return queries.query(new FindPublishedFiguresQuery(report), ResponseTypes.instanceOf(PublishedFigures.class))
                .join();
    }
}
