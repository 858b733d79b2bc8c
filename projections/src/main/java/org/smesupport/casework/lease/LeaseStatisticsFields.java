package org.smesupport.casework.lease;

import java.util.ArrayList;
import org.bson.Document;
import org.smesupport.casework.common.FiscalYear;
import org.smesupport.casework.company.Industry;

/**
 * The shape of a fiscal year's lease statistics document. Every industry is present from the start, zero or
 * not, because the report prints them all; totals are the sums over industries, not stored twice.
 */
final class LeaseStatisticsFields {

    static final String FISCAL_YEAR = "fiscalYear";
    /** Contracts opened in the year (設備貸与 貸与件数), by the industry at contract time. */
    static final String CONTRACTS_BY_INDUSTRY = "contractsByIndustry";
    /** Their amounts in yen (貸与金額). */
    static final String AMOUNT_BY_INDUSTRY = "amountByIndustry";
    /** The firms that opened them, each once (利用企業 社数): their company ids. */
    static final String COMPANIES = "companies";
    /** The year's {@link ReceivableFlows}. */
    static final String RECEIVABLES = "receivables";
    /**
     * Interest subsidies for the year: {@code newContracts} and {@code existingContracts}, each
     * {@code {count, amount, companies}} (contracts, yen, and the ids of the firms holding them, each once).
     */
    static final String SUBSIDIES = "subsidies";
    static final String NEW_CONTRACTS = "newContracts";
    static final String EXISTING_CONTRACTS = "existingContracts";
    static final String COUNT = "count";
    static final String AMOUNT = "amount";

    private LeaseStatisticsFields() {
    }

    static Document zeroed(String id, FiscalYear fiscalYear) {
        return new Document("_id", id)
                .append(FISCAL_YEAR, fiscalYear.startYear())
                .append(CONTRACTS_BY_INDUSTRY, zeroes())
                .append(AMOUNT_BY_INDUSTRY, zeroes())
                .append(COMPANIES, new ArrayList<String>())
                .append(RECEIVABLES, ReceivableFlows.zeroed())
                .append(SUBSIDIES, new Document(NEW_CONTRACTS, zeroedSubsidies())
                        .append(EXISTING_CONTRACTS, zeroedSubsidies()));
    }

    private static Document zeroedSubsidies() {
        return new Document(COUNT, 0L).append(AMOUNT, 0L).append(COMPANIES, new ArrayList<String>());
    }

    private static Document zeroes() {
        Document counters = new Document();
        for (Industry industry : Industry.values()) {
            counters.append(industry.name(), 0L);
        }
        return counters;
    }
}
