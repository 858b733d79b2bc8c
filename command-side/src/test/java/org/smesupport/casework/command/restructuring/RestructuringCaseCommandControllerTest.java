package org.smesupport.casework.command.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.smesupport.casework.api.common.CommandFailure;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.restructuring.AddCreditorCommand;
import org.smesupport.casework.api.restructuring.AdvanceRestructuringStageCommand;
import org.smesupport.casework.api.restructuring.ApplySpecialReschedulingCommand;
import org.smesupport.casework.api.restructuring.CompleteRestructuringPlanCommand;
import org.smesupport.casework.api.restructuring.CreditorKind;
import org.smesupport.casework.api.restructuring.EndRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.OpenRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.PlannedLeaseReschedule;
import org.smesupport.casework.api.restructuring.RecordCreditorConsentCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringStage;
import org.smesupport.casework.command.web.CommandApi;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class RestructuringCaseCommandControllerTest {

    private static final RestructuringCaseId CASE = RestructuringCaseId.of("case-1");
    private static final Principal SATO = () -> "sato";

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final MockMvc api = CommandApi.over(new RestructuringCaseCommandController(commandGateway));

    private ResultActions postJson(String path, String body) throws Exception {
        return api.perform(json(path, body));
    }

    private ResultActions postJsonAs(Principal user, String path, String body) throws Exception {
        return api.perform(json(path, body).principal(user));
    }

    private static MockHttpServletRequestBuilder json(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void opensCaseWithCreatedLocationAndVersionZero() throws Exception {
        postJson("/api/restructuring/cases", """
                {"companyId": "company-1", "summary": "売上急減", "openedOn": "2020-05-11"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/restructuring/cases/")))
                .andExpect(jsonPath("$.version").value(0));
        ArgumentCaptor<OpenRestructuringCaseCommand> sent = ArgumentCaptor.forClass(OpenRestructuringCaseCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        OpenRestructuringCaseCommand command = sent.getValue();
        assertThat(command).isEqualTo(new OpenRestructuringCaseCommand(command.caseId(), CompanyId.of("company-1"),
                "売上急減", LocalDate.of(2020, 5, 11)));
    }

    @Test
    void listsEveryInvalidFieldOfAnOpening() throws Exception {
        postJson("/api/restructuring/cases", """
                {"summary": " "}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("companyId", "summary", "openedOn")));
        verifyNoInteractions(commandGateway);
    }

    @Test
    void advancesStageWithExpectedVersion() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("case-1", 2));
        postJson("/api/restructuring/cases/case-1/stage", """
                {"stage": "SECOND_STAGE", "on": "2020-06-01", "expectedVersion": 1}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        verify(commandGateway).sendAndWait(new AdvanceRestructuringStageCommand(CASE, RestructuringStage.SECOND_STAGE,
                LocalDate.of(2020, 6, 1), 1L));
    }

    @Test
    void refusesUnknownStageNamingTheAcceptedOnes() throws Exception {
        postJson("/api/restructuring/cases/case-1/stage", """
                {"stage": "DONE", "on": "2020-06-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("FIRST_RESPONSE, SECOND_STAGE, PLAN_DRAFTING")));
    }

    @Test
    void completesPlanAsTheSignedInUserWithItsLeaseReschedules() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("case-1", 5));
        postJsonAs(SATO, "/api/restructuring/cases/case-1/plan", """
                {"completedOn": "2020-12-15", "drastic": false, "planSummary": "返済を3年猶予",
                 "leaseReschedules": [{"contractId": "lease-1", "revisedInstalments": [
                   {"number": 3, "dueDate": "2021-06-30", "principal": 300000, "interest": 5000}]}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(5));
        verify(commandGateway).sendAndWait(new CompleteRestructuringPlanCommand(CASE, LocalDate.of(2020, 12, 15), false,
                "返済を3年猶予", List.of(new PlannedLeaseReschedule(LeaseContractId.of("lease-1"), List.of(
                        new Instalment(3, LocalDate.of(2021, 6, 30), Yen.of(300_000), Yen.of(5_000))))), "sato"));
    }

    @Test
    void completesPlanWithoutLeaseReschedules() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("case-1", 5));
        postJsonAs(SATO, "/api/restructuring/cases/case-1/plan", """
                {"completedOn": "2020-12-15", "drastic": true, "planSummary": "債権放棄"}""")
                .andExpect(status().isOk());
        verify(commandGateway).sendAndWait(new CompleteRestructuringPlanCommand(CASE, LocalDate.of(2020, 12, 15), true,
                "債権放棄", List.of(), "sato"));
    }

    @Test
    void refusesPlanWithInvalidRescheduleFields() throws Exception {
        postJsonAs(SATO, "/api/restructuring/cases/case-1/plan", """
                {"completedOn": "2020-12-15", "planSummary": "猶予",
                 "leaseReschedules": [{"contractId": " ", "revisedInstalments": []},
                                      {"contractId": "lease-2", "revisedInstalments": [
                                        {"number": 0, "dueDate": "2021-06-30", "principal": 1.5, "interest": -1}]}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("drastic", "leaseReschedules[0].contractId",
                        "leaseReschedules[0].revisedInstalments", "leaseReschedules[1].revisedInstalments[0].number",
                        "leaseReschedules[1].revisedInstalments[0].principal",
                        "leaseReschedules[1].revisedInstalments[0].interest")));
    }

    @Test
    void cannotCompletePlanWithoutSignedInUser() throws Exception {
        postJson("/api/restructuring/cases/case-1/plan", """
                {"completedOn": "2020-12-15", "drastic": false, "planSummary": "猶予"}""")
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(commandGateway);
    }

    @Test
    void endsCaseAppliesSpecialReschedulingAndRecordsCreditors() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("case-1", 3));
        postJson("/api/restructuring/cases/case-1/end", """
                {"withdrawnByFirm": true, "reason": "自主再建", "endedOn": "2020-07-01"}""").andExpect(status().isOk());
        postJson("/api/restructuring/cases/case-1/special-rescheduling", """
                {"appliedOn": "2020-06-15", "note": "1年間元金据置"}""").andExpect(status().isOk());
        postJson("/api/restructuring/cases/case-1/creditors", """
                {"creditor": "横浜銀行", "kind": "BANK"}""").andExpect(status().isOk());
        postJson("/api/restructuring/cases/case-1/creditors/consent", """
                {"creditor": "横浜銀行", "consented": true, "recordedOn": "2020-11-30"}""").andExpect(status().isOk());
        verify(commandGateway).sendAndWait(new EndRestructuringCaseCommand(CASE, true, "自主再建", LocalDate.of(2020, 7, 1)));
        verify(commandGateway).sendAndWait(new ApplySpecialReschedulingCommand(CASE, LocalDate.of(2020, 6, 15),
                "1年間元金据置"));
        verify(commandGateway).sendAndWait(new AddCreditorCommand(CASE, "横浜銀行", CreditorKind.BANK));
        verify(commandGateway).sendAndWait(new RecordCreditorConsentCommand(CASE, "横浜銀行", true,
                LocalDate.of(2020, 11, 30)));
    }

    @Test
    void endingNeedsTheWhoAndTheReason() throws Exception {
        postJson("/api/restructuring/cases/case-1/end", """
                {"reason": " "}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("withdrawnByFirm", "reason", "endedOn")));
    }

    @Test
    void answersRefusalWith422AndTheCaseworkersMessage() throws Exception {
        String message = "The plan cannot be completed before every creditor has consented; still missing: 横浜銀行 (declined).";
        when(commandGateway.sendAndWait(any())).thenThrow(new CommandExecutionException("refused", null,
                new CommandFailure(CommandFailure.RULE_VIOLATION, message, "creditors",
                        "restructuring.creditors.notAllConsented", List.of("横浜銀行 (declined)"))));
        postJsonAs(SATO, "/api/restructuring/cases/case-1/plan", """
                {"completedOn": "2020-12-15", "drastic": false, "planSummary": "猶予"}""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(message))
                .andExpect(jsonPath("$.field").value("creditors"));
    }
}
