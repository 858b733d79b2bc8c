package org.smesupport.casework.app;

import static org.smesupport.casework.app.Answers.created;
import static org.smesupport.casework.app.Answers.ok;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A monthly lease of ¥1,200,000 over twelve months, opened through the API on 2015-04-01 for a new company, whose
 * first instalment (¥100,000, due 2015-05-01) the close of business of 2015-05-02 puts in arrears; returned once
 * the read model shows the arrears. Needs a data directory where no later day has been closed.
 */
record LeaseInArrears(String companyId, String contractId) {

    static LeaseInArrears open(TestRestTemplate rest) {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String contractId = created(caseworker.post("/api/leases", contract(companyId)));
        ok(new ApiClient(rest, "supervisor").post("/api/leases/close-of-business", Map.of("businessDate", "2015-05-02")));
        caseworker.awaitGet("/api/leases/" + contractId, contract -> contract.path("summary").path("arrears").asLong() > 0);
        return new LeaseInArrears(companyId, contractId);
    }

    /** The contract's terms, for tests that open it and close the day themselves. */
    static Map<String, Object> contract(String companyId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("companyId", companyId);
        body.put("kind", "LEASE");
        body.put("equipment", "複写機");
        body.put("amount", 1_200_000);
        body.put("termMonths", 12);
        body.put("frequency", "MONTHLY");
        body.put("annualRateBasisPoints", 0);
        body.put("contractDate", "2015-04-01");
        body.put("firstDueDate", "2015-05-01");
        return body;
    }
}
