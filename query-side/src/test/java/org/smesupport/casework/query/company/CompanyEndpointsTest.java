package org.smesupport.casework.query.company;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyRegisteredEvent;
import org.smesupport.casework.api.company.CompanyUpdatedEvent;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.projection.company.CompanyProjection;
import org.smesupport.casework.query.ReadModelFixture;
import org.springframework.test.web.servlet.MockMvc;

class CompanyEndpointsTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private MockMvc http;

    @BeforeEach
    void setUp() {
        String base = "123456789012";
        fixture.project(new CompanyProjection(fixture.database(), 100), Instant.parse("2020-04-01T00:00:00Z"),
                new CompanyRegisteredEvent(CompanyId.of("C-2"), CorporateNumber.of(CorporateNumber.checkDigit(base) + base),
                        "Shonan Foods", Industry.RETAIL, "Fujisawa", SizeClass.SMALL, null),
                new CompanyRegisteredEvent(CompanyId.of("C-1"), CorporateNumber.of(CorporateNumber.checkDigit(base) + base),
                        "Sagami Seiki", Industry.MANUFACTURING, "Atsugi", SizeClass.MICRO, null),
                new CompanyUpdatedEvent(CompanyId.of("C-1"), "Sagami Seiki KK", Industry.MANUFACTURING, "Atsugi",
                        SizeClass.MICRO),
                new CompanyRegisteredEvent(CompanyId.of("C-3"), CorporateNumber.of("8700110005901"),
                        "株式会社カワサキ精工", Industry.MANUFACTURING, "川崎市", SizeClass.SMALL, null));
        http = ReadModelFixture.http(
                new CompanyController(fixture.gateway(new CompanyQueryHandler(fixture.database()))));
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void listsCompaniesInIdOrder() throws Exception {
        http.perform(get("/api/companies").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].companyId").value("C-1"))
                .andExpect(jsonPath("$.items[0].name").value("Sagami Seiki KK"))
                .andExpect(jsonPath("$.items[0].version").value(1));
    }

    @Test
    void showsOneCompanyOrNotFound() throws Exception {
        http.perform(get("/api/companies/C-2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.industry").value("RETAIL"))
                .andExpect(jsonPath("$.registeredAt").value("2020-04-01T00:00:00Z"));
        http.perform(get("/api/companies/C-9")).andExpect(status().isNotFound());
        http.perform(get("/api/companies").param("size", "0")).andExpect(status().isBadRequest());
    }

    @Test
    void findsCompaniesByPartOfTheNameWhateverTheWidthOrKana() throws Exception {
        for (String part : new String[] {"かわさき", "ｶﾜｻｷ", "カワサキ精工", "株式会社 カワサキ"}) {
            http.perform(get("/api/companies").param("name", part))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].companyId").value("C-3"));
        }
        http.perform(get("/api/companies").param("name", "ｓａｇａｍｉ")).andExpect(jsonPath("$.items[0].companyId").value("C-1"));
        http.perform(get("/api/companies").param("name", "seiki.*")).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void findsCompaniesByNumberMunicipalityAndIndustry() throws Exception {
        http.perform(get("/api/companies").param("corporateNumber", "8700110005901"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].companyId").value("C-3"));
        http.perform(get("/api/companies").param("municipality", "Atsugi").param("industry", "MANUFACTURING"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].companyId").value("C-1"));
        http.perform(get("/api/companies").param("industry", "FISHING")).andExpect(status().isBadRequest());
    }
}
