package org.smesupport.casework.command.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
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
import org.smesupport.casework.api.lease.ApproveInterestSubsidyCommand;
import org.smesupport.casework.api.lease.ApproveLeaseDeferralCommand;
import org.smesupport.casework.api.lease.ApproveLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.lease.RejectInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RejectLeaseDeferralCommand;
import org.smesupport.casework.api.lease.RejectLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.RequestInterestSubsidyCommand;
import org.smesupport.casework.api.lease.RequestLeaseDeferralCommand;
import org.smesupport.casework.api.lease.ReverseLeasePaymentCommand;
import org.smesupport.casework.api.lease.ReverseLeaseWriteOffCommand;
import org.smesupport.casework.api.lease.SettleLeaseContractEarlyCommand;
import org.smesupport.casework.command.web.CommandApi;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class LeaseCommandControllerTest {

    private static final LeaseContractId CONTRACT = LeaseContractId.of("lease-1");
    private static final Principal SATO = () -> "sato";

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final MockMvc api = CommandApi.over(new LeaseCommandController(commandGateway));

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
    void opensContractWithCreatedLocationVersionZeroAndNoDownPaymentByDefault() throws Exception {
        postJson("/api/leases", """
                {"companyId": "company-1", "kind": "LEASE", "equipment": "複合機", "amount": 1200000,
                 "termMonths": 12, "frequency": "QUARTERLY", "annualRateBasisPoints": 250,
                 "contractDate": "2020-04-01", "firstDueDate": "2020-06-30"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/leases/")))
                .andExpect(jsonPath("$.version").value(0));
        ArgumentCaptor<OpenLeaseContractCommand> sent = ArgumentCaptor.forClass(OpenLeaseContractCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        OpenLeaseContractCommand command = sent.getValue();
        assertThat(command).isEqualTo(new OpenLeaseContractCommand(command.contractId(),
                CompanyId.of("company-1"), ContractKind.LEASE, "複合機", Yen.of(1_200_000), Yen.ZERO, 12,
                PaymentFrequency.QUARTERLY, 250, 0, LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30)));
    }

    @Test
    void refusesFractionsOfAYen() throws Exception {
        postJson("/api/leases/lease-1/payments", """
                {"receivedOn": "2020-06-30", "amount": 1000.5}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("amount")));
    }

    @Test
    void listsEveryInvalidFieldOfAnOpening() throws Exception {
        postJson("/api/leases", """
                {"companyId": "company-1", "kind": "LEASE", "equipment": " ", "amount": -1}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("equipment", "amount", "termMonths", "frequency",
                        "annualRateBasisPoints", "contractDate", "firstDueDate")));
    }

    @Test
    void generatesThePaymentIdWhenNoneIsSentAndReturnsIt() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("lease-1", 3));
        postJson("/api/leases/lease-1/payments", """
                {"receivedOn": "2020-06-30", "amount": 330000, "expectedVersion": 2}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("lease-1"))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.paymentId", not(emptyString())));
    }

    @Test
    void keepsThePaymentIdTheClientSends() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("lease-1", 3));
        postJson("/api/leases/lease-1/payments", """
                {"paymentId": "bank-20200630-001", "receivedOn": "2020-06-30", "amount": 330000}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paymentId").value("bank-20200630-001"));
        verify(commandGateway).sendAndWait(new RecordLeasePaymentCommand(CONTRACT, "bank-20200630-001",
                LocalDate.of(2020, 6, 30), Yen.of(330_000), null));
    }

    @Test
    void reversesPaymentAddressedByItsId() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("lease-1", 4));
        postJson("/api/leases/lease-1/payments/pay-1/reverse", """
                {"reversedOn": "2020-07-10", "reason": "不渡り"}""")
                .andExpect(status().isOk());
        verify(commandGateway).sendAndWait(new ReverseLeasePaymentCommand(CONTRACT, "pay-1", LocalDate.of(2020, 7, 10),
                "不渡り", null));
    }

    @Test
    void arrearsAreTheCloseOfBusinessRunsNotAnEndpoint() throws Exception {
        // the date and the grace days decide what is in arrears: they come from the run and configuration
        postJson("/api/leases/lease-1/arrears", """
                {"businessDate": "2030-07-31", "graceDays": 0}""")
                .andExpect(status().isNotFound());
        verifyNoInteractions(commandGateway);
    }

    @Test
    void requestsDeferralAsTheSignedInUserAndReturnsTheRequestId() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("lease-1", 2));
        // the requester is the signed-in user; a body naming someone else is refused, not silently corrected
        postJsonAs(SATO, "/api/leases/lease-1/deferrals", """
                {"requestedOn": "2020-09-01", "reason": "売上減少", "requestedBy": "someone-else",
                 "revisedInstalments": [{"number": 2, "dueDate": "2021-03-31", "principal": 900000, "interest": 0}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("requestedBy"));
        postJsonAs(SATO, "/api/leases/lease-1/deferrals", """
                {"requestedOn": "2020-09-01", "reason": "売上減少",
                 "revisedInstalments": [{"number": 2, "dueDate": "2021-03-31", "principal": 900000, "interest": 0}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requestId", not(emptyString())));
        ArgumentCaptor<RequestLeaseDeferralCommand> sent = ArgumentCaptor.forClass(RequestLeaseDeferralCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        assertThat(sent.getValue().requestedBy()).isEqualTo("sato");
        assertThat(sent.getValue().revisedInstalments()).containsExactly(
                new Instalment(2, LocalDate.of(2021, 3, 31), Yen.of(900_000), Yen.ZERO));
    }

    @Test
    void cannotRequestWithoutSignedInUser() throws Exception {
        postJson("/api/leases/lease-1/write-offs", """
                {"requestedOn": "2020-09-01", "reason": "破産"}""")
                .andExpect(status().isUnauthorized());
    }

    @Test
    void decidesAsTheSignedInUser() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("lease-1", 3));
        postJsonAs(SATO, "/api/leases/lease-1/deferrals/d-1/approve", """
                {"decidedOn": "2020-09-02", "comment": "承認"}""").andExpect(status().isOk());
        postJsonAs(SATO, "/api/leases/lease-1/deferrals/d-1/reject", """
                {"decidedOn": "2020-09-02", "reason": "不可"}""").andExpect(status().isOk());
        postJsonAs(SATO, "/api/leases/lease-1/write-offs/w-1/approve", """
                {"decidedOn": "2020-09-02"}""").andExpect(status().isOk());
        postJsonAs(SATO, "/api/leases/lease-1/write-offs/w-1/reject", """
                {"decidedOn": "2020-09-02", "reason": "回収見込み"}""").andExpect(status().isOk());
        postJsonAs(SATO, "/api/leases/lease-1/write-offs/w-1/reverse", """
                {"reversedOn": "2020-09-03", "reason": "誤り"}""").andExpect(status().isOk());
        postJsonAs(SATO, "/api/leases/lease-1/interest-subsidies/s-1/approve", """
                {"decidedOn": "2020-09-02"}""").andExpect(status().isOk());
        postJsonAs(SATO, "/api/leases/lease-1/interest-subsidies/s-1/reject", """
                {"decidedOn": "2020-09-02", "reason": "証憑不備"}""").andExpect(status().isOk());
        LocalDate decidedOn = LocalDate.of(2020, 9, 2);
        verify(commandGateway).sendAndWait(new ApproveLeaseDeferralCommand(CONTRACT, "d-1", decidedOn, "sato", "承認"));
        verify(commandGateway).sendAndWait(new RejectLeaseDeferralCommand(CONTRACT, "d-1", decidedOn, "sato", "不可"));
        verify(commandGateway).sendAndWait(new ApproveLeaseWriteOffCommand(CONTRACT, "w-1", decidedOn, "sato", null));
        verify(commandGateway).sendAndWait(new RejectLeaseWriteOffCommand(CONTRACT, "w-1", decidedOn, "sato", "回収見込み"));
        verify(commandGateway).sendAndWait(new ReverseLeaseWriteOffCommand(CONTRACT, "w-1", LocalDate.of(2020, 9, 3),
                "sato", "誤り"));
        verify(commandGateway).sendAndWait(new ApproveInterestSubsidyCommand(CONTRACT, "s-1", decidedOn, "sato", null));
        verify(commandGateway).sendAndWait(new RejectInterestSubsidyCommand(CONTRACT, "s-1", decidedOn, "sato",
                "証憑不備"));
    }

    @Test
    void requestsWriteOffAndReturnsTheRequestId() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("lease-1", 5));
        postJsonAs(SATO, "/api/leases/lease-1/write-offs", """
                {"requestedOn": "2020-09-01", "reason": "破産"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(5))
                .andExpect(jsonPath("$.requestId", not(emptyString())));
    }

    @Test
    void requestsSubsidyAsTheSignedInUserAndSettles() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("lease-1", 6));
        postJsonAs(SATO, "/api/leases/lease-1/interest-subsidies", """
                {"fiscalYear": 2020, "salesDeclineBasisPoints": 1500, "evidence": "試算表", "requestedOn": "2020-08-20"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requestId", not(emptyString())));
        postJson("/api/leases/lease-1/settle", """
                {"settledOn": "2020-10-15", "amount": 922500, "expectedVersion": 6}""")
                .andExpect(status().isOk());
        ArgumentCaptor<RequestInterestSubsidyCommand> requested =
                ArgumentCaptor.forClass(RequestInterestSubsidyCommand.class);
        verify(commandGateway, atLeastOnce()).sendAndWait(requested.capture());
        RequestInterestSubsidyCommand request = requested.getAllValues().get(0);
        assertThat(request).isEqualTo(new RequestInterestSubsidyCommand(CONTRACT, request.requestId(), 2020, 1500,
                "試算表", LocalDate.of(2020, 8, 20), "sato"));
        verify(commandGateway).sendAndWait(new SettleLeaseContractEarlyCommand(CONTRACT, LocalDate.of(2020, 10, 15),
                Yen.of(922_500), 6L));
    }

    @Test
    void answersRefusalWith422AndTheCaseworkersMessage() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new CommandExecutionException("refused", null,
                new CommandFailure(CommandFailure.RULE_VIOLATION, "The payment of ¥2 is more than everything still owed"
                        + " on this contract; at most ¥1 can be received.", "amount",
                        "lease.amount.moreThanOwed", List.of("¥2", "¥1"))));
        postJson("/api/leases/lease-1/payments", """
                {"receivedOn": "2020-06-30", "amount": 2}""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("amount"))
                .andExpect(jsonPath("$.detail", containsString("at most ¥1")));
    }

    @Test
    void listsInvalidRevisedInstalments() throws Exception {
        postJsonAs(SATO, "/api/leases/lease-1/deferrals", """
                {"requestedOn": "2020-09-01", "reason": "売上減少",
                 "revisedInstalments": [{"number": 2, "principal": -1, "interest": 0}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("revisedInstalments[0].dueDate",
                        "revisedInstalments[0].principal")));
    }
}
