package org.smesupport.casework.query.lease;

import static org.smesupport.casework.api.common.ReportFigure.Unit.COUNT;
import static org.smesupport.casework.api.common.ReportFigure.Unit.YEN;
import static org.smesupport.casework.projection.lease.LeaseStatisticsFields.AMOUNT;
import static org.smesupport.casework.projection.lease.LeaseStatisticsFields.AMOUNT_BY_INDUSTRY;
import static org.smesupport.casework.projection.lease.LeaseStatisticsFields.COMPANIES;
import static org.smesupport.casework.projection.lease.LeaseStatisticsFields.CONTRACTS_BY_INDUSTRY;
import static org.smesupport.casework.projection.lease.LeaseStatisticsFields.EXISTING_CONTRACTS;
import static org.smesupport.casework.projection.lease.LeaseStatisticsFields.NEW_CONTRACTS;
import static org.smesupport.casework.projection.lease.LeaseStatisticsFields.RECEIVABLES;
import static org.smesupport.casework.projection.lease.LeaseStatisticsFields.SUBSIDIES;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.lease.FindLeaseStatisticsQuery;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.projection.lease.LeaseStatisticsFields;
import org.smesupport.casework.projection.lease.LeaseStatisticsProjection;
import org.smesupport.casework.projection.lease.ReceivableFlows;
import org.smesupport.casework.query.FiveYearTable;
import org.smesupport.casework.query.PublishedSource;
import org.smesupport.casework.query.TableLines;
import org.smesupport.casework.query.YearFigures;
import org.springframework.stereotype.Component;

/**
 * Builds the lease report from the per-year statistics documents. Opening arrears are not stored: a year
 * opens with the sum of every earlier year's arising − recovered − written off, plus the arrears brought forward
 * from the earlier books at a cut-over in that year (they arose before the product: part of the opening, never
 * arising), so this reads every year up to B, one small document per fiscal year the centre has run (a scan of a
 * few dozen documents at most).
 */
@Component
class LeaseStatisticsQueryHandler {

    static final String NOTE = "Amounts are kept in yen; 千円 figures are each rounded half-up for presentation, "
            + "so they need not add up (the FY2020 report itself prints 480,186 + 32,032 − 40,392 − 39,166 = 432,660 "
            + "against a closing balance of 432,665). B−A and B/A % are computed from the exact yen.";

    private final MongoCollection<Document> statistics;
    private final PublishedSource published;

    LeaseStatisticsQueryHandler(MongoDatabase readModels, PublishedSource published) {
        this.statistics = readModels.getCollection(LeaseStatisticsProjection.COLLECTION);
        this.published = published;
    }

    @QueryHandler
    LeaseStatisticsReport handle(FindLeaseStatisticsQuery query) {
        FiveYearTable table = FiveYearTable.upTo(statistics, FiscalYear.of(query.fiscalYear()),
                published.columns(LeaseReport.NAME));
        TableLines contractTable = table.table(LeaseReport.CONTRACTS);
        TableLines industryTable = table.table(LeaseReport.CONTRACTS_BY_INDUSTRY);
        TableLines receivableTable = table.table(LeaseReport.RECEIVABLES);
        TableLines subsidyTable = table.table(LeaseReport.SUBSIDIES);

        List<ReportLine> contracts = List.of(
                contractTable.line("CONTRACTS", "貸与件数", COUNT, year -> year.sum(CONTRACTS_BY_INDUSTRY)),
                contractTable.line("AMOUNT", "貸与金額", YEN, year -> year.sum(AMOUNT_BY_INDUSTRY)),
                contractTable.line("COMPANIES", "利用企業数", ReportFigure.Unit.COMPANIES, year -> year.size(COMPANIES)));
        List<ReportLine> byIndustry = new ArrayList<>();
        for (Industry industry : Industry.values()) {
            byIndustry.add(industryTable.line(industry.name() + "_CONTRACTS", industry.label() + " 貸与件数", COUNT,
                    year -> year.count(CONTRACTS_BY_INDUSTRY, industry.name())));
            byIndustry.add(industryTable.line(industry.name() + "_AMOUNT", industry.label() + " 貸与金額", YEN,
                    year -> year.count(AMOUNT_BY_INDUSTRY, industry.name())));
        }
        List<ReportLine> receivables = List.of(
                receivableTable.openingLine("OPENING", "年度当初延滞額", YEN, "CLOSING",
                        LeaseStatisticsQueryHandler::arrearsFlow, LeaseStatisticsQueryHandler::broughtForward),
                receivableTable.line("ARISING", "延滞発生額", YEN,
                        year -> year.count(RECEIVABLES, ReceivableFlows.ARISING)),
                receivableTable.line("RECOVERED", "延滞回収額", YEN,
                        year -> year.count(RECEIVABLES, ReceivableFlows.RECOVERED)),
                receivableTable.line("WRITTEN_OFF", "償却額", YEN,
                        year -> year.count(RECEIVABLES, ReceivableFlows.WRITTEN_OFF)),
                receivableTable.runningLine("CLOSING", "年度末延滞額", YEN, LeaseStatisticsQueryHandler::arrearsFlow),
                receivableTable.line("RECOVERED_AFTER_WRITE_OFF", "償却後回収額（参考）", YEN,
                        year -> year.count(RECEIVABLES, ReceivableFlows.RECOVERED_AFTER_WRITE_OFF)));
        List<ReportLine> subsidies = List.of(
                subsidyTable.line("NEW_CONTRACTS_COMPANIES", "当年度設備貸与制度利用企業 社数", ReportFigure.Unit.COMPANIES,
                        year -> year.size(SUBSIDIES, NEW_CONTRACTS, COMPANIES)),
                subsidyTable.line("NEW_CONTRACTS_COUNT", "当年度設備貸与制度利用企業 件数", COUNT,
                        year -> year.count(SUBSIDIES, NEW_CONTRACTS, LeaseStatisticsFields.COUNT)),
                subsidyTable.line("NEW_CONTRACTS_AMOUNT", "当年度設備貸与制度利用企業 金額", YEN,
                        year -> year.count(SUBSIDIES, NEW_CONTRACTS, AMOUNT)),
                subsidyTable.line("EXISTING_CONTRACTS_COMPANIES", "既設備貸与制度利用企業 社数", ReportFigure.Unit.COMPANIES,
                        year -> year.size(SUBSIDIES, EXISTING_CONTRACTS, COMPANIES)),
                subsidyTable.line("EXISTING_CONTRACTS_COUNT", "既設備貸与制度利用企業 件数", COUNT,
                        year -> year.count(SUBSIDIES, EXISTING_CONTRACTS, LeaseStatisticsFields.COUNT)),
                subsidyTable.line("EXISTING_CONTRACTS_AMOUNT", "既設備貸与制度利用企業 金額", YEN,
                        year -> year.count(SUBSIDIES, EXISTING_CONTRACTS, AMOUNT)));
        return new LeaseStatisticsReport(table.yearB().startYear(), table.labels(), table.yearA().label(),
                table.yearB().label(), contracts, byIndustry, receivables, subsidies, NOTE);
    }

    /** What a year adds to the arrears at its end: what it brought forward and its flows. */
    private static long arrearsFlow(YearFigures year) {
        return broughtForward(year) + netArrears(year);
    }

    /** The arrears brought forward from the earlier books at a cut-over in the year: they open it. */
    private static long broughtForward(YearFigures year) {
        return year.count(RECEIVABLES, ReceivableFlows.BROUGHT_FORWARD);
    }

    /** What the year's flows add to the arrears: arising − recovered − written off. */
    private static long netArrears(YearFigures year) {
        return year.count(RECEIVABLES, ReceivableFlows.ARISING) - year.count(RECEIVABLES, ReceivableFlows.RECOVERED)
                - year.count(RECEIVABLES, ReceivableFlows.WRITTEN_OFF);
    }
}
