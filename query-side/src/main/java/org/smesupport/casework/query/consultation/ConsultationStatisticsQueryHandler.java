package org.smesupport.casework.query.consultation;

import static org.smesupport.casework.api.common.ReportFigure.Unit.COUNT;
import static org.smesupport.casework.api.common.ReportFigure.Unit.TIMES;
import static org.smesupport.casework.projection.consultation.StatisticsFields.DISPATCHES_BY_KIND;
import static org.smesupport.casework.projection.consultation.StatisticsFields.LAWYER_CONSULTATIONS_BY_DESK;
import static org.smesupport.casework.query.consultation.ConsultationLines.CATEGORIES;
import static org.smesupport.casework.query.consultation.ConsultationLines.EXPERT_DISPATCHES;
import static org.smesupport.casework.query.consultation.ConsultationLines.KIP_TOTAL;
import static org.smesupport.casework.query.consultation.ConsultationLines.LAWYER;
import static org.smesupport.casework.query.consultation.ConsultationLines.MIBYO_PHONE;
import static org.smesupport.casework.query.consultation.ConsultationLines.ONE_STOP;
import static org.smesupport.casework.query.consultation.ConsultationLines.ON_SITE;
import static org.smesupport.casework.query.consultation.ConsultationLines.SESSIONS;
import static org.smesupport.casework.query.consultation.ConsultationLines.SUBCONTRACTING;
import static org.smesupport.casework.query.consultation.ConsultationLines.TOTAL;
import static org.smesupport.casework.query.consultation.ConsultationLines.YOROZU;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.ConsultationCategoryRow;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.ExpertDispatchKind;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.projection.consultation.ConsultationStatisticsProjection;
import org.smesupport.casework.query.FiveYearTable;
import org.smesupport.casework.query.PresentationRounding;
import org.smesupport.casework.query.PublishedSource;
import org.smesupport.casework.query.TableLines;
import org.smesupport.casework.query.YearFigures;
import org.springframework.stereotype.Component;

/**
 * Builds the consultation report (section I-1) from the per-year statistics documents: at most five documents, read
 * by {@code _id}. A year without a document after the first is a year without consultations: all zeros; a year before
 * the first shows its published figure or "―" in the five-year tables (the A/B category table shows 0). The totals follow the
 * desks' {@link Desk.CountsToward} rule ({@link DeskTotals}).
 */
@Component
class ConsultationStatisticsQueryHandler {

    static final String NOTE = "※（KIP全体）は、よろず支援拠点や KIP 各課での件数を含めた KIP 全体の数値（報告書では"
            + "ワンストップ相談の相談件数の下に括弧書き）。※相談内容内訳は KIP 全体の内訳。構成比は、小数点第二位を四捨五入"
            + "したため合計と符合しない。※企業経営の未病相談ダイヤルは KIP 全体に含めない。 Sessions count in the fiscal "
            + "year of their date, at the desk of their case: the よろず支援拠点 hub and its satellites make 相談対応件数; "
            + "every other desk but the 未病相談ダイヤル (ワンストップ相談, 下請かけこみ寺, 現場相談, 海外ビジネス相談, a "
            + "section of KIP) is in ワンストップ相談 = KIP total − よろず. 専門家派遣 counts dispatches (回) by their date.";

    private final MongoCollection<Document> statistics;
    private final PublishedSource published;

    ConsultationStatisticsQueryHandler(MongoDatabase readModels, PublishedSource published) {
        this.statistics = readModels.getCollection(ConsultationStatisticsProjection.COLLECTION);
        this.published = published;
    }

    @QueryHandler
    ConsultationStatisticsReport handle(FindConsultationStatisticsQuery query) {
        FiveYearTable table = FiveYearTable.of(statistics, FiscalYear.of(query.fiscalYear()),
                ConsultationStatisticsProjection::documentId, published.columns(ConsultationReport.NAME));
        TableLines oneStop = table.table(ONE_STOP);
        TableLines subcontracting = table.table(SUBCONTRACTING);
        List<ReportTable> tables = List.of(
                new ReportTable(YOROZU, "よろず支援拠点 相談", List.of(table.table(YOROZU).line(SESSIONS, "相談対応件数",
                        COUNT, year -> DeskTotals.toward(year, Desk.CountsToward.YOROZU)))),
                new ReportTable(ONE_STOP, "ワンストップ相談 相談件数", List.of(
                        oneStop.line(SESSIONS, "相談件数", COUNT, year -> DeskTotals.toward(year, Desk.CountsToward.ONE_STOP)),
                        oneStop.line(KIP_TOTAL, "（KIP全体）", COUNT, DeskTotals::kip))),
                new ReportTable(ON_SITE, "現場相談", List.of(table.table(ON_SITE).line(SESSIONS, "相談件数", COUNT,
                        year -> DeskTotals.at(year, Desk.ON_SITE)))),
                new ReportTable(SUBCONTRACTING, "下請かけこみ寺", List.of(
                        subcontracting.line(SESSIONS, "相談件数", COUNT, year -> DeskTotals.at(year, Desk.SUBCONTRACTING)),
                        subcontracting.line(LAWYER, "うち弁護士相談", COUNT,
                                year -> year.count(LAWYER_CONSULTATIONS_BY_DESK, Desk.SUBCONTRACTING.name())))),
                new ReportTable(MIBYO_PHONE, "企業経営の未病相談ダイヤル", List.of(table.table(MIBYO_PHONE).line(SESSIONS,
                        "相談対応件数", COUNT, year -> DeskTotals.at(year, Desk.MIBYO_PHONE)))),
                new ReportTable(EXPERT_DISPATCHES, "専門家派遣", dispatches(table.table(EXPERT_DISPATCHES))));
        noteCategories(table.table(CATEGORIES));
        YearFigures a = table.figures(table.yearA());
        YearFigures b = table.figures(table.yearB());
        boolean recordedA = table.recorded(table.yearA());
        List<ConsultationCategoryRow> categories = Arrays.stream(ConsultationCategory.values())
                .map(category -> categoryRow(category.name(), category.label(), recordedA, DeskTotals.kip(a, category),
                        kipByCategory(a), DeskTotals.kip(b, category), kipByCategory(b)))
                .toList();
        ConsultationCategoryRow total = categoryRow(TOTAL, "合計", recordedA, kipByCategory(a), kipByCategory(a),
                kipByCategory(b), kipByCategory(b));
        return new ConsultationStatisticsReport(table.yearB().startYear(), table.labels(), table.yearA().label(),
                table.yearB().label(), tables, categories, total, NOTE);
    }

    private static List<ReportLine> dispatches(TableLines dispatches) {
        List<ReportLine> lines = new ArrayList<>();
        for (ExpertDispatchKind kind : ExpertDispatchKind.values()) {
            lines.add(dispatches.line(kind.name(), kind.label(), TIMES, year -> year.count(DISPATCHES_BY_KIND, kind.name())));
        }
        lines.add(dispatches.line(TOTAL, "合計", TIMES, year -> year.sum(DISPATCHES_BY_KIND)));
        return lines;
    }

    /** 相談内容内訳 is an A/B table, not five-year lines: its rows are noted so that they drill down too. */
    private static void noteCategories(TableLines categories) {
        for (ConsultationCategory category : ConsultationCategory.values()) {
            categories.figure(category.name(), category.label(), COUNT, year -> DeskTotals.kip(year, category));
        }
        categories.figure(TOTAL, "合計", COUNT, ConsultationStatisticsQueryHandler::kipByCategory);
    }

    /** The KIP total as its categories add up (the same as by desk, in a document holding both). */
    private static long kipByCategory(YearFigures year) {
        return Arrays.stream(ConsultationCategory.values()).mapToLong(category -> DeskTotals.kip(year, category)).sum();
    }

    /** A row of 相談内容内訳; A's figures are none ("―") when A is before the records. */
    private static ConsultationCategoryRow categoryRow(String code, String label, boolean recordedA, long countA,
                                                       long totalA, long countB, long totalB) {
        if (!recordedA) {
            return new ConsultationCategoryRow(code, label, null, null, countB,
                    PresentationRounding.percent(countB, totalB), null, null);
        }
        return new ConsultationCategoryRow(code, label, countA, PresentationRounding.percent(countA, totalA),
                countB, PresentationRounding.percent(countB, totalB), countB - countA,
                PresentationRounding.percent(countB, countA));
    }
}
