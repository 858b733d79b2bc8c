package org.smesupport.casework.projection.matching;

import java.util.ArrayList;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.projection.FiscalYearStatistics;

/**
 * The shape of a fiscal year's matching statistics document ({@code matching:FY2020}): the 個別あっせん counts
 * and the initial order amount in yen, and the year's {@code fairs} (those starting in it) in order of
 * planning, each with its plan, per-side figures ({@link FairFields#zeroedSides()}) and meetings. The success
 * rate and satisfaction rates are not stored: they are ratios of these counts, computed at presentation.
 */
public final class MatchingStatisticsFields {

    public static final String FISCAL_YEAR = FiscalYearStatistics.FISCAL_YEAR;
    /** 発注申込数, by the date received. */
    public static final String ORDER_REQUESTS = "orderRequests";
    /** 受注申込数, by the date registered. */
    public static final String SUPPLIER_REGISTRATIONS = "supplierRegistrations";
    /** 紹介件数 a, by the date introduced. */
    public static final String INTRODUCTIONS = "introductions";
    /** 成立件数 b, by the date of the outcome's original decision, as corrections leave it. */
    public static final String CONCLUDED = "concluded";
    /** 成立当初受注額 in yen, dated like {@link #CONCLUDED}. */
    public static final String INITIAL_ORDER_AMOUNT = "initialOrderAmount";
    public static final String FAIRS = "fairs";
    public static final String FAIR_ID = "fairId";

    private MatchingStatisticsFields() {
    }

    public static Document zeroed(String id, FiscalYear fiscalYear) {
        return new Document("_id", id)
                .append(FISCAL_YEAR, fiscalYear.startYear())
                .append(ORDER_REQUESTS, 0L)
                .append(SUPPLIER_REGISTRATIONS, 0L)
                .append(INTRODUCTIONS, 0L)
                .append(CONCLUDED, 0L)
                .append(INITIAL_ORDER_AMOUNT, 0L)
                .append(FAIRS, new ArrayList<Document>());
    }
}
