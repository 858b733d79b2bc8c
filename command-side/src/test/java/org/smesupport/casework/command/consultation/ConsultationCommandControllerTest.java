package org.smesupport.casework.command.consultation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smesupport.casework.api.common.CommandFailure;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.RecordConsultationSessionCommand;
import org.smesupport.casework.command.web.CommandApi;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class ConsultationCommandControllerTest {

    private static final String SESSION = """
            {"heldOn": "2020-06-02", "category": "FINANCING", "counsellor": "山田", "durationMinutes": 60,
             "expectedVersion": 3}""";

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final MockMvc api = CommandApi.over(new ConsultationCommandController(commandGateway));

    private ResultActions postJson(String path, String body) throws Exception {
        return api.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void opensCaseWithCreatedLocationAndVersionZero() throws Exception {
        postJson("/api/consultations", """
                {"companyId": "company-1", "desk": "ONE_STOP", "subject": "資金繰り", "openedOn": "2020-06-01"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/consultations/")))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void sendsTheExpectedVersionWithTheCommand() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("case-1", 4));
        postJson("/api/consultations/case-1/sessions", SESSION)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("case-1"))
                .andExpect(jsonPath("$.version").value(4));
        verify(commandGateway).sendAndWait(new RecordConsultationSessionCommand(ConsultationCaseId.of("case-1"),
                LocalDate.of(2020, 6, 2), ConsultationCategory.FINANCING, "山田", 60, null, false, 3L));
    }

    @Test
    void listsEveryInvalidField() throws Exception {
        postJson("/api/consultations", """
                {"companyId": "company-1", "desk": "ONE_STOP", "subject": " "}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://smesupport.example/problems/invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("subject", "openedOn")));
    }

    @Test
    void namesTheAcceptedValuesOfAnUnknownDesk() throws Exception {
        postJson("/api/consultations", """
                {"companyId": "company-1", "desk": "FRONT_DESK", "subject": "相談", "openedOn": "2020-06-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("desk"))
                .andExpect(jsonPath("$.detail", containsString("ONE_STOP, YOROZU_HUB")));
    }

    @Test
    void explainsTheDateFormat() throws Exception {
        postJson("/api/consultations", """
                {"companyId": "company-1", "desk": "ONE_STOP", "subject": "相談", "openedOn": "1 June 2020"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("openedOn"))
                .andExpect(jsonPath("$.detail", containsString("YYYY-MM-DD")));
    }

    @Test
    void explainsANumberOfTheWrongType() throws Exception {
        postJson("/api/consultations/case-1/sessions", SESSION.replace("60", "\"an hour\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("durationMinutes"))
                .andExpect(jsonPath("$.detail", containsString("whole number")));
    }

    @Test
    void refusesMalformedJson() throws Exception {
        postJson("/api/consultations/case-1/close", "{\"closedOn\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://smesupport.example/problems/unreadable-request"));
    }

    @Test
    void answersRuleViolationWith422AndTheField() throws Exception {
        refuseTooEarly();
        postJson("/api/consultations/case-1/sessions", SESSION)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://smesupport.example/problems/rule-violation"))
                .andExpect(jsonPath("$.detail").value(TOO_EARLY))
                .andExpect(jsonPath("$.field").value("heldOn"))
                .andExpect(jsonPath("$.code").value("consultation.heldOn.beforeOpened"))
                .andExpect(jsonPath("$.instance").value("/api/consultations/case-1/sessions"));
    }

    /** English unless Japanese comes first by q-value; a language we do not write is passed over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ja | ja",
            "en-GB,en;q=0.9,ja;q=0.8 | en",
            "en;q=0.5,ja-JP;q=0.9 | ja",
            "fr,ja;q=0.5 | ja",
            "fr | en"})
    void answersRuleViolationInTheLanguageTheClientPrefers(String acceptLanguage, String expected) throws Exception {
        refuseTooEarly();
        api.perform(post("/api/consultations/case-1/sessions").contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage).content(SESSION))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(expected.equals("ja")
                        ? "相談案件の開始日（2020-06-01）より前の相談は記録できません。" : TOO_EARLY))
                .andExpect(jsonPath("$.code").value("consultation.heldOn.beforeOpened"));
    }

    private static final String TOO_EARLY = "A session cannot be held before the case was opened on 2020-06-01.";

    private void refuseTooEarly() {
        CommandFailure failure = new CommandFailure(CommandFailure.RULE_VIOLATION, TOO_EARLY, "heldOn",
                "consultation.heldOn.beforeOpened", List.of("2020-06-01"));
        when(commandGateway.sendAndWait(any())).thenThrow(new CommandExecutionException(TOO_EARLY, null, failure));
    }

    @Test
    void answersUnknownCaseWith404() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new AggregateNotFoundException("case-9", "not found"));
        postJson("/api/consultations/case-9/assign", "{\"caseworker\": \"佐藤\", \"assignedOn\": \"2020-06-02\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void answersOutdatedVersionWith409() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new ConflictingAggregateVersionException("case-1", 3, 5));
        postJson("/api/consultations/case-1/sessions", SESSION)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("expectedVersion"));
    }

    @Test
    void answersUnrecognisedFailureWith500() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new CommandExecutionException("boom", null));
        postJson("/api/consultations/case-1/reopen", "{\"reopenedOn\": \"2020-07-01\", \"reason\": \"再相談\"}")
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("https://smesupport.example/problems/internal-error"));
    }
}
