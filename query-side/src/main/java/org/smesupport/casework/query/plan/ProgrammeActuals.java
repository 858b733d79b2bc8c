package org.smesupport.casework.query.plan;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.ReportFigure;
import org.smesupport.casework.api.common.ReportLine;
import org.smesupport.casework.api.common.ReportTable;
import org.smesupport.casework.api.consultation.ConsultationStatisticsReport;
import org.smesupport.casework.api.consultation.FindConsultationStatisticsQuery;
import org.smesupport.casework.api.lease.FindLeaseStatisticsQuery;
import org.smesupport.casework.api.lease.LeaseStatisticsReport;
import org.smesupport.casework.api.matching.FindMatchingStatisticsQuery;
import org.smesupport.casework.api.matching.MatchingStatisticsReport;
import org.smesupport.casework.api.plan.Kpi;
import org.smesupport.casework.api.restructuring.FindRestructuringStatisticsQuery;
import org.smesupport.casework.api.restructuring.RestructuringStatisticsReport;
import org.smesupport.casework.query.consultation.ConsultationLines;

/**
 * One fiscal year's programme reports, asked on the query bus (the figures are the reports', never copies), and
 * the one figure of them each KPI is: the consultations' KIP total (相談対応件数 of the plan: every desk but the
 * 未病相談ダイヤル, printed beside ワンストップ相談 in I-1), the lease report's companies and the companies of
 * its new contracts, the fairs' meetings, and the I-7 tables' diagnoses, plans, M&A deals (half-counted) and
 * completed restructurings with the drastic ones among them.
 */
final class ProgrammeActuals {

    private final ConsultationStatisticsReport consultations;
    private final LeaseStatisticsReport leases;
    private final MatchingStatisticsReport matching;
    private final RestructuringStatisticsReport restructuring;

    private ProgrammeActuals(ConsultationStatisticsReport consultations, LeaseStatisticsReport leases,
                             MatchingStatisticsReport matching, RestructuringStatisticsReport restructuring) {
        this.consultations = consultations;
        this.leases = leases;
        this.matching = matching;
        this.restructuring = restructuring;
    }

    static ProgrammeActuals of(QueryGateway queries, int fiscalYear) {
        return new ProgrammeActuals(
                ask(queries, new FindConsultationStatisticsQuery(fiscalYear), ConsultationStatisticsReport.class),
                ask(queries, new FindLeaseStatisticsQuery(fiscalYear), LeaseStatisticsReport.class),
                ask(queries, new FindMatchingStatisticsQuery(fiscalYear), MatchingStatisticsReport.class),
                ask(queries, new FindRestructuringStatisticsQuery(fiscalYear), RestructuringStatisticsReport.class));
    }

    /**
     * The KPI's actual for the report's year; for a cumulative KPI, the sum of the report's years from
     * {@code sinceYear} (the plan's first) on, all of which a five-year table holds for a three-year plan.
     */
    BigDecimal actual(Kpi kpi, int sinceYear) {
        return switch (kpi) {
            case CONSULTATIONS -> line(table(consultations.tables(), ConsultationLines.ONE_STOP), ConsultationLines.KIP_TOTAL,
                    kpi, sinceYear);
            case FAIR_MEETINGS -> BigDecimal.valueOf(matching.meetings());
            case LEASE_COMPANIES -> line(leases.contracts(), "COMPANIES", kpi, sinceYear);
            case LEASE_NEW_COMPANIES -> line(leases.subsidies(), "NEW_CONTRACTS_COMPANIES", kpi, sinceYear);
            case SUCCESSION_DIAGNOSES -> line(restructuringTable("SUCCESSION_DIAGNOSES"), "DIAGNOSES", kpi, sinceYear);
            case SUCCESSION_PLANS -> line(restructuringTable("SUCCESSION_PLANS"), "PLANS", kpi, sinceYear);
            case SUCCESSION_DEALS -> line(restructuringTable("SUCCESSION"), "DEALS", kpi, sinceYear);
            case RESTRUCTURING_COMPLETED -> line(restructuringTable("RESTRUCTURING"), "PLAN_COMPLETED", kpi, sinceYear);
            case RESTRUCTURING_DRASTIC -> line(restructuringTable("RESTRUCTURING"), "DRASTIC", kpi, sinceYear);
        };
    }

    private List<ReportLine> restructuringTable(String code) {
        return table(restructuring.tables(), code);
    }

    private static List<ReportLine> table(List<ReportTable> tables, String code) {
        return tables.stream().filter(table -> table.code().equals(code)).findFirst()
                .map(ReportTable::lines).orElseThrow(() -> new IllegalStateException("no report table " + code));
    }

    private static BigDecimal line(List<ReportLine> lines, String code, Kpi kpi, int sinceYear) {
        ReportLine line = lines.stream().filter(candidate -> candidate.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no report line " + code));
        if (kpi.accumulation() == Kpi.Accumulation.YEARLY) {
            return value(line.b());
        }
        List<BigDecimal> values = line.years().stream().filter(year -> year.fiscalYear() >= sinceYear)
                .map(ProgrammeActuals::value).toList();
        return values.contains(null) ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * A count, or a half-counted figure (15.5 deals) as the report prints it, recorded or published; {@code null}
     * for a year without a figure (a total over it is unknown too).
     */
    private static BigDecimal value(ReportFigure figure) {
        if (figure.source() == ReportFigure.Source.NONE) {
            return null;
        }
        return figure.halfCounted() != null ? figure.halfCounted() : BigDecimal.valueOf(figure.count());
    }

    private static <R> R ask(QueryGateway queries, Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }
}
