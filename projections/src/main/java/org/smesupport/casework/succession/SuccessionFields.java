package org.smesupport.casework.succession;

import org.bson.Document;

/**
 * The shapes of the succession read models. A {@code succession_cases} document: the firm, the {@code side} it
 * consults on, {@code openedOn}, the dates of its {@code diagnoses} and {@code plans}, and the {@code deals} it
 * took part in ({@code [{dealId, role, counterpart, concludedOn}]}). A {@code succession_deals} document: the
 * {@code seller} and {@code buyer} ({@code {caseId, name, inPrefecture}}), {@code concludedOn}, the
 * {@code fiscalYear} it counts in and its {@code halfCounts}.
 */
final class SuccessionFields {

    static final String COMPANY_ID = "companyId";
    static final String SIDE = "side";
    static final String OPENED_ON = "openedOn";
    static final String DIAGNOSES = "diagnoses";
    static final String PLANS = "plans";
    static final String DEALS = "deals";
    static final String DEAL_ID = "dealId";
    static final String ROLE = "role";
    static final String COUNTERPART = "counterpart";
    static final String CONCLUDED_ON = "concludedOn";

    static final String SELLER = "seller";
    static final String BUYER = "buyer";
    static final String CASE_ID = "caseId";
    static final String NAME = "name";
    static final String IN_PREFECTURE = "inPrefecture";
    static final String FISCAL_YEAR = "fiscalYear";
    static final String HALF_COUNTS = "halfCounts";

    private SuccessionFields() {
    }

    static Document party(DealParty party) {
        return new Document(CASE_ID, party.caseId() == null ? null : party.caseId().value())
                .append(NAME, party.name())
                .append(IN_PREFECTURE, party.inPrefecture());
    }
}
