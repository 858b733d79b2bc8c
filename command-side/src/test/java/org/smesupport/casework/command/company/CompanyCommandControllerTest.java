package org.smesupport.casework.command.company;

import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.command.web.CommandApi;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class CompanyCommandControllerTest {

    private final MockMvc api = CommandApi.over(new CompanyCommandController(mock(CommandGateway.class)));

    private static String company(String corporateNumber) {
        return """
                {"corporateNumber": "%s", "name": "かながわ精工", "industry": "MANUFACTURING",
                 "municipality": "川崎市", "sizeClass": "SMALL"}""".formatted(corporateNumber);
    }

    @Test
    void registersCompanyWithValidCorporateNumber() throws Exception {
        api.perform(post("/api/companies").contentType(MediaType.APPLICATION_JSON).content(company("7000012050002")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void refusesCorporateNumberWithWrongCheckDigit() throws Exception {
        api.perform(post("/api/companies").contentType(MediaType.APPLICATION_JSON).content(company("8000012050002")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("corporateNumber"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("must be a 13-digit corporate number (法人番号) whose first digit is the check digit"));
    }
}
