package org.smesupport.casework.projection.succession;

import org.bson.Document;
import org.smesupport.casework.api.succession.DealParty;

/**
 * The shapes of the succession read models. A {@code succession_cases} document: the firm, the {@code side} it
 * consults on, {@code openedOn}, the dates of its {@code diagnoses} and {@code plans}, and the {@code deals} it
 * took part in ({@code [{dealId, role, counterpart, concludedOn}]}). A {@code succession_deals} document: the
 * {@code seller} and {@code buyer} ({@code {caseId, name, inPrefecture}}), {@code concludedOn}, the
 * {@code fiscalYear} it counts in and its {@code halfCounts}.
 */
public final class SuccessionFields {

    public static final String COMPANY_ID = "companyId";
    public static final String SIDE = "side";
    public static final String OPENED_ON = "openedOn";
    public static final String DIAGNOSES = "diagnoses";
    public static final String PLANS = "plans";
    public static final String DEALS = "deals";
    public static final String DEAL_ID = "dealId";
    public static final String ROLE = "role";
    public static final String COUNTERPART = "counterpart";
    public static final String CONCLUDED_ON = "concludedOn";

    public static final String SELLER = "seller";
    public static final String BUYER = "buyer";
    public static final String CASE_ID = "caseId";
    public static final String NAME = "name";
    public static final String IN_PREFECTURE = "inPrefecture";
    public static final String FISCAL_YEAR = "fiscalYear";
    public static final String HALF_COUNTS = "halfCounts";

    private SuccessionFields() {
    }

    static Document party(DealParty party) {
        return new Document(CASE_ID, party.caseId() == null ? null : party.caseId().value())
                .append(NAME, party.name())
                .append(IN_PREFECTURE, party.inPrefecture());
    }
}
