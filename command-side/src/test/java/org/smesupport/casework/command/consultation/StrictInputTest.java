package org.smesupport.casework.command.consultation;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smesupport.casework.command.web.CommandApi;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Request bodies are read strictly: every lenient reading Jackson offers is a 400 naming the field. */
class StrictInputTest {

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final MockMvc api = CommandApi.over(new ConsultationCommandController(commandGateway));

    @AfterEach
    void nothingSent() {
        verify(commandGateway, never()).sendAndWait(any());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            far future date        | "openedOn":"3000-04-01"            | openedOn | from 1990-04-01 to 2057-03-31
            before the first year  | "openedOn":"1990-03-31"            | openedOn | from 1990-04-01 to 2057-03-31
            signed year            | "openedOn":"+999999999-12-31"      | openedOn | YYYY-MM-DD
            five-digit year        | "openedOn":"+10000-01-01"          | openedOn | YYYY-MM-DD
            date as a number       | "openedOn":20200601                | openedOn | YYYY-MM-DD
            no such day            | "openedOn":"2021-02-30"            | openedOn | YYYY-MM-DD
            date with a time       | "openedOn":"2021-02-03T00:00"      | openedOn | YYYY-MM-DD
            enum ordinal           | "desk":1                           | desk     | one of ONE_STOP
            enum ordinal as text   | "desk":"1"                         | desk     | one of ONE_STOP
            number for text        | "subject":12                       | subject  | expected text
            boolean for text       | "subject":true                     | subject  | expected text
            unknown field          | "expectedVersoin":3                | expectedVersoin | not a field
            duplicate key          | "subject":"b"                      | subject  | Duplicate
            """)
    void refusesNamingTheField(String what, String member, String field, String says) throws Exception {
        List<String> members = new ArrayList<>(List.of("\"companyId\":\"c-1\"", "\"desk\":\"ONE_STOP\"",
                "\"subject\":\"a\"", "\"openedOn\":\"2020-06-01\""));
        if (!what.equals("duplicate key")) {
            members.removeIf(valid -> valid.startsWith(member.substring(0, member.indexOf(':') + 1)));
        }
        members.add(member);
        String body = "{" + String.join(",", members) + "}";
        api.perform(post("/api/consultations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").value(containsString(says)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing object        | {"heldOn":"2020-06-03"}}{
            second object          | {"caseworker":"a"} {"caseworker":"b"}
            """)
    void refusesTrailingContent(String what, String body) throws Exception {
        api.perform(post("/api/consultations/case-1/assign").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text for a number      | "durationMinutes":"60"             | durationMinutes
            fraction for a number  | "durationMinutes":60.5             | durationMinutes
            number for a boolean   | "lawyerConsultation":1             | lawyerConsultation
            text for a boolean     | "lawyerConsultation":"true"        | lawyerConsultation
            text for the version   | "expectedVersion":"1"              | expectedVersion
            """)
    void refusesWrongTypes(String what, String member, String field) throws Exception {
        String body = "{\"heldOn\":\"2020-06-03\",\"category\":\"LEGAL\",\"counsellor\":\"x\"," + member
                + (member.startsWith("\"durationMinutes\"") ? "" : ",\"durationMinutes\":60") + "}";
        api.perform(post("/api/consultations/case-1/sessions").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
    }
}
