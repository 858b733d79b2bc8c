package org.smesupport.casework.query.lease;

import static org.smesupport.casework.api.lease.LeaseFigure.Unit.COUNT;
import static org.smesupport.casework.api.lease.LeaseFigure.Unit.YEN;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.lease.FindLeaseStatisticsQuery;
import org.smesupport.casework.api.lease.LeaseFigure;
import org.smesupport.casework.api.lease.LeaseReportLine;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.projection.lease.LeaseStatisticsFields;
import org.smesupport.casework.projection.lease.LeaseStatisticsProjection;
import org.smesupport.casework.projection.lease.ReceivableFlows;
import org.smesupport.casework.query.PresentationRounding;
import org.springframework.stereotype.Component;

/**
 * Builds the lease report from the per-year statistics documents. Opening arrears are not stored: a year
 * opens with the sum of every earlier year's arising − recovered − written off, so this reads every year
 * up to B, one small document per fiscal year the centre has run (a scan of a few dozen documents at most).
 */
@Component
class LeaseStatisticsQueryHandler {

    static final String NOTE = "Amounts are kept in yen; 千円 figures are each rounded half-up for presentation, "
            + "so they need not add up (the FY2020 report itself prints 480,186 + 32,032 − 40,392 − 39,166 = 432,660 "
            + "against a closing balance of 432,665). B−A and B/A % are computed from the exact yen.";

    private static final int SERIES_YEARS = 5;
    /** The earliest year {@link FiscalYear} accepts. */
    private static final int FIRST_FISCAL_YEAR = 1990;

    private final MongoCollection<Document> statistics;

    LeaseStatisticsQueryHandler(MongoDatabase readModels) {
        this.statistics = readModels.getCollection(LeaseStatisticsProjection.COLLECTION);
    }

    @QueryHandler
    LeaseStatisticsReport handle(FindLeaseStatisticsQuery query) {
        FiscalYear yearB = FiscalYear.of(query.fiscalYear());
        FiscalYear yearA = yearB.previous();
        Map<FiscalYear, LeaseYear> years = loadUpTo(yearB);
        Map<FiscalYear, Long> openings = openings(years, yearB);
        Table table = new Table(seriesEndingAt(yearB), yearA, yearB, year -> years.getOrDefault(year, LeaseYear.of(null)));

        List<LeaseReportLine> contracts = List.of(
                table.line("CONTRACTS", "貸与件数", COUNT, LeaseYear::contracts),
                table.line("AMOUNT", "貸与金額", YEN, LeaseYear::amount),
                table.line("COMPANIES", "利用企業数（社）", COUNT, LeaseYear::companies));
        List<LeaseReportLine> byIndustry = new ArrayList<>();
        for (Industry industry : Industry.values()) {
            byIndustry.add(table.line(industry.name(), industry.label() + " 貸与件数", COUNT, year -> year.contracts(industry)));
            byIndustry.add(table.line(industry.name(), industry.label() + " 貸与金額", YEN, year -> year.amount(industry)));
        }
        List<LeaseReportLine> receivables = List.of(
                table.balanceLine("OPENING", "年度当初延滞額", (year, figures) -> openings.get(year)),
                table.line("ARISING", "延滞発生額", YEN, year -> year.flow(ReceivableFlows.ARISING)),
                table.line("RECOVERED", "延滞回収額", YEN, year -> year.flow(ReceivableFlows.RECOVERED)),
                table.line("WRITTEN_OFF", "償却額", YEN, year -> year.flow(ReceivableFlows.WRITTEN_OFF)),
                table.balanceLine("CLOSING", "年度末延滞額",
                        (year, figures) -> openings.get(year) + figures.netArrears()),
                table.line("RECOVERED_AFTER_WRITE_OFF", "償却後回収額（参考）", YEN,
                        year -> year.flow(ReceivableFlows.RECOVERED_AFTER_WRITE_OFF)));
        List<LeaseReportLine> subsidies = List.of(
                table.line("NEW_CONTRACTS_COMPANIES", "当年度設備貸与制度利用企業 社数", COUNT,
                        year -> year.subsidisedCompanies(LeaseStatisticsFields.NEW_CONTRACTS)),
                table.line("NEW_CONTRACTS_COUNT", "当年度設備貸与制度利用企業 件数", COUNT,
                        year -> year.subsidy(LeaseStatisticsFields.NEW_CONTRACTS, LeaseStatisticsFields.COUNT)),
                table.line("NEW_CONTRACTS_AMOUNT", "当年度設備貸与制度利用企業 金額", YEN,
                        year -> year.subsidy(LeaseStatisticsFields.NEW_CONTRACTS, LeaseStatisticsFields.AMOUNT)),
                table.line("EXISTING_CONTRACTS_COMPANIES", "既設備貸与制度利用企業 社数", COUNT,
                        year -> year.subsidisedCompanies(LeaseStatisticsFields.EXISTING_CONTRACTS)),
                table.line("EXISTING_CONTRACTS_COUNT", "既設備貸与制度利用企業 件数", COUNT,
                        year -> year.subsidy(LeaseStatisticsFields.EXISTING_CONTRACTS, LeaseStatisticsFields.COUNT)),
                table.line("EXISTING_CONTRACTS_AMOUNT", "既設備貸与制度利用企業 金額", YEN,
                        year -> year.subsidy(LeaseStatisticsFields.EXISTING_CONTRACTS, LeaseStatisticsFields.AMOUNT)));
        return new LeaseStatisticsReport(yearB.startYear(), table.series.stream().map(FiscalYear::label).toList(),
                yearA.label(), yearB.label(), contracts, byIndustry, receivables, subsidies, NOTE);
    }

    private Map<FiscalYear, LeaseYear> loadUpTo(FiscalYear yearB) {
        Map<FiscalYear, LeaseYear> years = new HashMap<>();
        statistics.find(Filters.lte(LeaseStatisticsFields.FISCAL_YEAR, yearB.startYear())).forEach(document ->
                years.put(FiscalYear.of(document.getInteger(LeaseStatisticsFields.FISCAL_YEAR)), LeaseYear.of(document)));
        return years;
    }

    /** Each year's opening arrears up to B: the running sum of every earlier year's net arrears. */
    private static Map<FiscalYear, Long> openings(Map<FiscalYear, LeaseYear> years, FiscalYear yearB) {
        Map<FiscalYear, Long> openings = new HashMap<>();
        int first = years.keySet().stream().mapToInt(FiscalYear::startYear).min().orElse(yearB.startYear());
        long balance = 0;
        for (int start = Math.max(FIRST_FISCAL_YEAR, Math.min(first, yearB.startYear() - SERIES_YEARS + 1));
             start <= yearB.startYear(); start++) {
            FiscalYear year = FiscalYear.of(start);
            openings.put(year, balance);
            LeaseYear figures = years.get(year);
            balance += figures == null ? 0 : figures.netArrears();
        }
        return openings;
    }

    /** B − 4 … B, leaving out years before the first fiscal year the system knows. */
    private static List<FiscalYear> seriesEndingAt(FiscalYear yearB) {
        LinkedList<FiscalYear> years = new LinkedList<>();
        for (FiscalYear year = yearB; year != null && years.size() < SERIES_YEARS; year = previousOrNull(year)) {
            years.addFirst(year);
        }
        return years;
    }

    private static FiscalYear previousOrNull(FiscalYear year) {
        try {
            return year.previous();
        } catch (IllegalArgumentException beforeFirstYear) {
            return null;
        }
    }

    /** The years a report's lines run over, and how to read one year's figures. */
    private record Table(List<FiscalYear> series, FiscalYear yearA, FiscalYear yearB,
                         Function<FiscalYear, LeaseYear> figures) {

        LeaseReportLine line(String code, String label, LeaseFigure.Unit unit, ToLongFunction<LeaseYear> value) {
            return lineOf(code, label, unit, (year, figures) -> value.applyAsLong(figures));
        }

        /** A line of balances in yen, which depend on the year's place in the series as well as its figures. */
        LeaseReportLine balanceLine(String code, String label, YearValue value) {
            return lineOf(code, label, LeaseFigure.Unit.YEN, value);
        }

        private LeaseReportLine lineOf(String code, String label, LeaseFigure.Unit unit, YearValue value) {
            List<LeaseFigure> years = series.stream()
                    .map(year -> ReportFigures.figure(unit, year, value.of(year, figures.apply(year))))
                    .toList();
            long a = value.of(yearA, figures.apply(yearA));
            long b = value.of(yearB, figures.apply(yearB));
            return new LeaseReportLine(code, label, unit, years, ReportFigures.figure(unit, yearA, a),
                    ReportFigures.figure(unit, yearB, b), ReportFigures.figure(unit, null, b - a),
                    PresentationRounding.percent(b, a));
        }
    }

    /** A line's figure for one year, from the year and its statistics. */
    @FunctionalInterface
    private interface YearValue {
        long of(FiscalYear year, LeaseYear figures);
    }
}
