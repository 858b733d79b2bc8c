package org.smesupport.casework.query.lease;

import java.util.List;
import org.bson.Document;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.projection.lease.LeaseStatisticsFields;
import org.smesupport.casework.projection.lease.ReceivableFlows;

/** Read access to one year's lease statistics document, where a missing document or figure means zero. */
record LeaseYear(Document document) {

    private static final Document NONE = new Document();

    static LeaseYear of(Document document) {
        return new LeaseYear(document == null ? NONE : document);
    }

    long contracts(Industry industry) {
        return number(document.get(LeaseStatisticsFields.CONTRACTS_BY_INDUSTRY, NONE), industry.name());
    }

    long amount(Industry industry) {
        return number(document.get(LeaseStatisticsFields.AMOUNT_BY_INDUSTRY, NONE), industry.name());
    }

    long contracts() {
        return sum(LeaseStatisticsFields.CONTRACTS_BY_INDUSTRY);
    }

    /** The firms that opened contracts in the year, each counted once. */
    long companies() {
        return document.getList(LeaseStatisticsFields.COMPANIES, String.class, List.of()).size();
    }

    long amount() {
        return sum(LeaseStatisticsFields.AMOUNT_BY_INDUSTRY);
    }

    /** One of the {@link ReceivableFlows} fields. */
    long flow(String field) {
        return number(document.get(LeaseStatisticsFields.RECEIVABLES, NONE), field);
    }

    /** What the year adds to the arrears: arising − recovered − written off. */
    long netArrears() {
        return flow(ReceivableFlows.ARISING) - flow(ReceivableFlows.RECOVERED) - flow(ReceivableFlows.WRITTEN_OFF);
    }

    /** {@code kind}: new or existing contracts; {@code field}: count or amount. */
    long subsidy(String kind, String field) {
        return number(document.get(LeaseStatisticsFields.SUBSIDIES, NONE).get(kind, NONE), field);
    }

    /** The firms whose contracts of {@code kind} were subsidised, each counted once. */
    long subsidisedCompanies(String kind) {
        return document.get(LeaseStatisticsFields.SUBSIDIES, NONE).get(kind, NONE)
                .getList(LeaseStatisticsFields.COMPANIES, String.class, List.of()).size();
    }

    private long sum(String map) {
        return document.get(map, NONE).values().stream().mapToLong(value -> ((Number) value).longValue()).sum();
    }

    private static long number(Document document, String key) {
        Object value = document.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
