package org.smesupport.casework.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.smesupport.casework.api.company.CorporateNumber;

/** Request bodies for end-to-end tests; every call makes fresh identities so tests stay independent. */
final class TestData {

    private TestData() {
    }

    static String corporateNumber() {
        String base = "%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        return CorporateNumber.checkDigit(base) + base;
    }

    /** The name {@link #company()} registers. */
    static final String COMPANY_NAME = "株式会社テスト精工";

    static Map<String, Object> company() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("corporateNumber", corporateNumber());
        body.put("name", COMPANY_NAME);
        body.put("industry", "MANUFACTURING");
        body.put("municipality", "横浜市");
        body.put("sizeClass", "SMALL");
        return body;
    }

    /** A company of {@link #company()} as the pages' lists and records name it: its name, linked to its page. */
    static String companyLink(String companyId) {
        return "href=\"/companies/" + companyId + "\">" + COMPANY_NAME + "</a>";
    }

    static Map<String, Object> openCase(String companyId, String desk, String openedOn) {
        return Map.of("companyId", companyId, "desk", desk, "subject", "資金繰りの相談", "openedOn", openedOn);
    }

    static Map<String, Object> session(String heldOn, String category, boolean lawyer) {
        return Map.of("heldOn", heldOn, "category", category, "counsellor", "田中 相談員",
                "durationMinutes", 60, "notes", "面談", "lawyerConsultation", lawyer);
    }
}
