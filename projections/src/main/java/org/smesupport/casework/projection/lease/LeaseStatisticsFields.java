package org.smesupport.casework.projection.lease;

import java.util.ArrayList;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.projection.FiscalYearStatistics;

/**
 * The shape of a fiscal year's lease statistics document. Every industry is present from the start, zero or
 * not, because the report prints them all; totals are the sums over industries, not stored twice.
 */
public final class LeaseStatisticsFields {

    public static final String FISCAL_YEAR = FiscalYearStatistics.FISCAL_YEAR;
    /** Contracts opened in the year (設備貸与 貸与件数), by the industry at contract time. */
    public static final String CONTRACTS_BY_INDUSTRY = "contractsByIndustry";
    /** Their amounts in yen (貸与金額). */
    public static final String AMOUNT_BY_INDUSTRY = "amountByIndustry";
    /** The firms that opened them, each once (利用企業 社数): their company ids. */
    public static final String COMPANIES = "companies";
    /** The year's {@link ReceivableFlows}. */
    public static final String RECEIVABLES = "receivables";
    /**
     * Interest subsidies for the year: {@code newContracts} and {@code existingContracts}, each
     * {@code {count, amount, companies}} (contracts, yen, and the ids of the firms holding them, each once).
     */
    public static final String SUBSIDIES = "subsidies";
    public static final String NEW_CONTRACTS = "newContracts";
    public static final String EXISTING_CONTRACTS = "existingContracts";
    public static final String COUNT = "count";
    public static final String AMOUNT = "amount";

    private LeaseStatisticsFields() {
    }

    public static Document zeroed(String id, FiscalYear fiscalYear) {
        return new Document("_id", id)
                .append(FISCAL_YEAR, fiscalYear.startYear())
                .append(CONTRACTS_BY_INDUSTRY, FiscalYearStatistics.zeroes(Industry.values()))
                .append(AMOUNT_BY_INDUSTRY, FiscalYearStatistics.zeroes(Industry.values()))
                .append(COMPANIES, new ArrayList<String>())
                .append(RECEIVABLES, ReceivableFlows.zeroed())
                .append(SUBSIDIES, new Document(NEW_CONTRACTS, zeroedSubsidies())
                        .append(EXISTING_CONTRACTS, zeroedSubsidies()));
    }

    private static Document zeroedSubsidies() {
        return new Document(COUNT, 0L).append(AMOUNT, 0L).append(COMPANIES, new ArrayList<String>());
    }
}
