package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * A company's figures across the programmes, through the API ({@code /api/companies/{id}/summary}) and on its page:
 * each figure is what the programme itself answers.
 */
class CompanySummaryEndToEndTest extends EndToEndTest {

    @LocalServerPort
    int port;

    @Test
    void aCompanysConsultationsLeasesAndSupplierRegistrationInFigures() {
        ApiClient caseworker = as("caseworker");
        String companyId = Answers.created(caseworker.post("/api/companies", TestData.company()));
        Answers.created(caseworker.post("/api/consultations", TestData.openCase(companyId, "ONE_STOP", "2020-05-01")));
        String closed = Answers.created(caseworker.post("/api/consultations",
                TestData.openCase(companyId, "ONE_STOP", "2020-05-02")));
        Answers.ok(caseworker.post("/api/consultations/" + closed + "/close",
                Map.of("closedOn", "2020-05-30", "outcome", "RESOLVED", "summary", "解決")));
        Map<String, Object> contract = new LinkedHashMap<>(LeaseInArrears.contract(companyId));
        contract.put("contractDate", "2020-06-01");
        contract.put("firstDueDate", "2020-07-01");
        Answers.created(caseworker.post("/api/leases", contract));
        Map<String, Object> supplier = new LinkedHashMap<>();
        supplier.put("companyId", companyId);
        supplier.put("processes", List.of("PRESSING"));
        supplier.put("equipment", List.of("プレス機"));
        supplier.put("availableHoursPerMonth", 40);
        supplier.put("region", "YOKOHAMA");
        supplier.put("registeredOn", "2020-06-02");
        Answers.created(caseworker.post("/api/matching/suppliers", supplier));

        JsonNode summary = caseworker.awaitGet("/api/companies/" + companyId + "/summary", answer ->
                answer.path("consultations").path("total").asLong() == 2 && answer.path("leases").path("total").asLong() == 1
                        && answer.path("consultations").path("open").asLong() == 1
                        && "REGISTERED".equals(answer.path("supplier").asText()));
        assertThat(summary.path("company").path("companyId").asText()).isEqualTo(companyId);
        assertThat(summary.path("leases").path("active").asLong()).isEqualTo(1);
        assertThat(summary.path("leases").path("outstandingPrincipal").asLong()).isEqualTo(1_200_000);
        assertThat(summary.path("leases").path("arrears").asLong()).isZero();
        assertThat(summary.path("restructuring").path("total").asLong()).isZero();
        assertThat(summary.path("successionCases").asLong()).isZero();
        assertThat(summary.path("subsidyFiles").asLong()).isZero();
        assertThat(caseworker.get("/api/companies/no-such-company/summary").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        PageSession browser = new PageSession(port);
        browser.signIn("caseworker", "demo");
        assertThat(browser.get("/companies/" + companyId).body()).contains("センターとの関わり", "対応中 1 件／全 2 件",
                "返済中 1 件／全 1 件（残高 1,200,000円、延滞 0円、償却 0円）", "登録中", "改善計画策定支援の補助はありません。");
    }
}
