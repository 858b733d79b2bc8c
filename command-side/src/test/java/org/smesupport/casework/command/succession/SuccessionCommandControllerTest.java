package org.smesupport.casework.command.succession;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.smesupport.casework.api.common.CommandFailure;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.succession.ConcludeSuccessionDealCommand;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.OpenSuccessionCaseCommand;
import org.smesupport.casework.api.succession.RecordSuccessionDiagnosisCommand;
import org.smesupport.casework.api.succession.RecordSuccessionPlanCommand;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.command.web.CommandApi;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class SuccessionCommandControllerTest {

    private static final SuccessionCaseId CASE = SuccessionCaseId.of("succession-1");

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final MockMvc api = CommandApi.over(new SuccessionCommandController(commandGateway));

    private ResultActions postJson(String path, String body) throws Exception {
        return api.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void opensCaseWithCreatedLocationAndVersionZero() throws Exception {
        postJson("/api/succession/cases", """
                {"companyId": "company-1", "side": "SELLER", "openedOn": "2020-06-01"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/succession/cases/")))
                .andExpect(jsonPath("$.version").value(0));
        ArgumentCaptor<OpenSuccessionCaseCommand> sent = ArgumentCaptor.forClass(OpenSuccessionCaseCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        OpenSuccessionCaseCommand command = sent.getValue();
        assertThat(command).isEqualTo(new OpenSuccessionCaseCommand(command.caseId(), CompanyId.of("company-1"),
                SuccessionSide.SELLER, LocalDate.of(2020, 6, 1), null));
    }

    @Test
    void listsEveryInvalidFieldOfAnOpening() throws Exception {
        postJson("/api/succession/cases", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("companyId", "side", "openedOn")));
    }

    @Test
    void recordsDiagnosesAndPlans() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("succession-1", 1));
        postJson("/api/succession/cases/succession-1/diagnoses", """
                {"diagnosedOn": "2020-07-01"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        postJson("/api/succession/cases/succession-1/plans", """
                {"plannedOn": "2020-09-01"}""")
                .andExpect(status().isOk());
        verify(commandGateway).sendAndWait(new RecordSuccessionDiagnosisCommand(CASE, LocalDate.of(2020, 7, 1)));
        verify(commandGateway).sendAndWait(new RecordSuccessionPlanCommand(CASE, LocalDate.of(2020, 9, 1)));
    }

    @Test
    void concludesDealBetweenACaseAndAnOutsideCounterpart() throws Exception {
        postJson("/api/succession/deals", """
                {"seller": {"caseId": "succession-1", "inPrefecture": true},
                 "buyer": {"name": "東京商事", "inPrefecture": false}, "concludedOn": "2021-02-26"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/succession/deals/")));
        ArgumentCaptor<ConcludeSuccessionDealCommand> sent = ArgumentCaptor.forClass(ConcludeSuccessionDealCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        ConcludeSuccessionDealCommand command = sent.getValue();
        assertThat(command).isEqualTo(new ConcludeSuccessionDealCommand(command.dealId(),
                new DealParty(CASE, null, true), new DealParty(null, "東京商事", false), LocalDate.of(2021, 2, 26)));
    }

    @Test
    void dealNeedsBothPartiesAndTheDate() throws Exception {
        // a case party's place comes from its case; whether a counterpart needs one is the deal's rule
        postJson("/api/succession/deals", """
                {"seller": {"caseId": "succession-1"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("buyer", "concludedOn")));
    }

    @Test
    void answersRefusalWith422() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new CommandExecutionException("refused", null,
                new CommandFailure(CommandFailure.RULE_VIOLATION, "No succession case x is open.", "seller.caseId",
                        "succession.deal.noOpenCase", List.of("x"))));
        postJson("/api/succession/deals", """
                {"seller": {"caseId": "x", "inPrefecture": true},
                 "buyer": {"name": "東京商事", "inPrefecture": false}, "concludedOn": "2021-02-26"}""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("seller.caseId"));
    }
}
