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
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.RecordImprovementSubsidyStepCommand;
import org.smesupport.casework.command.web.CommandApi;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class ImprovementSubsidyCommandControllerTest {

    private static final ImprovementSubsidyId FILE = ImprovementSubsidyId.of("subsidy-1");

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final MockMvc api = CommandApi.over(new ImprovementSubsidyCommandController(commandGateway));

    private ResultActions postJson(String path, String body) throws Exception {
        return api.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void opensFileWithItsUsageApplicationUnderAGeneratedId() throws Exception {
        postJson("/api/restructuring/subsidies", """
                {"companyId": "company-1", "kind": "EARLY_IMPROVEMENT_PLAN", "on": "2020-05-01"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/restructuring/subsidies/")))
                .andExpect(jsonPath("$.version").value(0));
        ArgumentCaptor<RecordImprovementSubsidyStepCommand> sent =
                ArgumentCaptor.forClass(RecordImprovementSubsidyStepCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        RecordImprovementSubsidyStepCommand command = sent.getValue();
        assertThat(command).isEqualTo(new RecordImprovementSubsidyStepCommand(command.subsidyId(),
                ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED, CompanyId.of("company-1"),
                ImprovementSubsidyKind.EARLY_IMPROVEMENT_PLAN, null, null, LocalDate.of(2020, 5, 1)));
    }

    @Test
    void listsEveryInvalidFieldOfAnOpening() throws Exception {
        postJson("/api/restructuring/subsidies", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("companyId", "kind", "on")));
    }

    @Test
    void recordsPaymentApplicationWithItsCost() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("subsidy-1", 2));
        postJson("/api/restructuring/subsidies/subsidy-1/steps", """
                {"step": "PAYMENT_APPLICATION_RECEIVED", "cost": 1500000, "on": "2020-09-01"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        verify(commandGateway).sendAndWait(new RecordImprovementSubsidyStepCommand(FILE,
                ImprovementSubsidyStep.PAYMENT_APPLICATION_RECEIVED, null, null, Yen.of(1_500_000), null,
                LocalDate.of(2020, 9, 1)));
    }

    @Test
    void recordsDecisionWithItsOutcome() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("subsidy-1", 1));
        postJson("/api/restructuring/subsidies/subsidy-1/steps", """
                {"step": "USAGE_APPLICATION_DECIDED", "approved": false, "on": "2020-05-10"}""")
                .andExpect(status().isOk());
        verify(commandGateway).sendAndWait(new RecordImprovementSubsidyStepCommand(FILE,
                ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED, null, null, null, false, LocalDate.of(2020, 5, 10)));
    }

    @Test
    void refusesFractionsOfAYenAndMissingStep() throws Exception {
        postJson("/api/restructuring/subsidies/subsidy-1/steps", """
                {"cost": 1000.5, "on": "2020-09-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("step", "cost")));
    }

    @Test
    void usageApplicationOpensAFileOnlyThroughTheCollection() throws Exception {
        postJson("/api/restructuring/subsidies/chosen-id/steps", """
                {"step": "USAGE_APPLICATION_RECEIVED", "on": "2020-05-01"}""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("step"));
        verifyNoInteractions(commandGateway);
    }

    @Test
    void unknownFileIsNotFound() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new CommandExecutionException("not found", null,
                new CommandFailure(CommandFailure.NOT_FOUND, "Nothing of this kind is registered under id x.", null,
                        "common.notFound", List.of("x"))));
        postJson("/api/restructuring/subsidies/x/steps", """
                {"step": "USAGE_APPLICATION_DECIDED", "approved": true, "on": "2020-05-10"}""")
                .andExpect(status().isNotFound());
    }
}
