package org.smesupport.casework.command.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.smesupport.casework.api.common.CommandFailure;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.matching.ApproveReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.IntroduceSupplierCommand;
import org.smesupport.casework.api.matching.MarkOrderRequestFilledCommand;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.ReceiveOrderRequestCommand;
import org.smesupport.casework.api.matching.RecordReferralOutcomeCommand;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.RejectReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.RequestReferralOutcomeCorrectionCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.WithdrawOrderRequestCommand;
import org.smesupport.casework.command.web.CommandApi;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class OrderRequestCommandControllerTest {

    private static final OrderRequestId ORDER = OrderRequestId.of("order-1");
    private static final Principal SATO = () -> "sato";
    private static final Principal SUZUKI = () -> "suzuki";

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final MockMvc api = CommandApi.over(new OrderRequestCommandController(commandGateway));

    private ResultActions postJson(String path, String body) throws Exception {
        return api.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions postJsonAs(Principal user, String path, String body) throws Exception {
        return api.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).principal(user));
    }

    @Test
    void receivesRequestWithCreatedLocationAndNoBudgetOrCertificationsByDefault() throws Exception {
        postJson("/api/matching/order-requests", """
                {"orderingFirm": "相模原重工", "orderingFirmRegion": "SAGAMIHARA", "work": "EV用ブラケット試作",
                 "processes": ["MACHINING"], "quantity": 50, "deliveryBy": "2020-09-30", "receivedOn": "2020-06-01"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/matching/order-requests/")))
                .andExpect(jsonPath("$.version").value(0));
        ArgumentCaptor<ReceiveOrderRequestCommand> sent = ArgumentCaptor.forClass(ReceiveOrderRequestCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        ReceiveOrderRequestCommand command = sent.getValue();
        assertThat(command).isEqualTo(new ReceiveOrderRequestCommand(command.orderRequestId(),
                new OrderRequestDetails("相模原重工", Region.SAGAMIHARA, "EV用ブラケット試作", Set.of(Process.MACHINING), 50,
                        LocalDate.of(2020, 9, 30), null, null, Set.of(), null), LocalDate.of(2020, 6, 1)));
    }

    @Test
    void receivesEveryOptionalDetail() throws Exception {
        postJson("/api/matching/order-requests", """
                {"orderingFirm": "相模原重工", "orderingFirmRegion": "SAGAMIHARA", "work": "試作",
                 "processes": ["MACHINING", "SURFACE_TREATMENT"], "quantity": 1, "deliveryBy": "2020-09-30",
                 "budget": 2000000, "preferredRegion": "KAWASAKI", "requiredCertifications": ["ISO_9001"],
                 "focusField": "EV", "receivedOn": "2020-06-01"}""")
                .andExpect(status().isCreated());
        ArgumentCaptor<ReceiveOrderRequestCommand> sent = ArgumentCaptor.forClass(ReceiveOrderRequestCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        assertThat(sent.getValue().details()).isEqualTo(new OrderRequestDetails("相模原重工", Region.SAGAMIHARA, "試作",
                Set.of(Process.MACHINING, Process.SURFACE_TREATMENT), 1, LocalDate.of(2020, 9, 30), Yen.of(2_000_000),
                Region.KAWASAKI, Set.of(Certification.ISO_9001), FocusField.EV));
    }

    @Test
    void listsEveryInvalidFieldOfARequest() throws Exception {
        postJson("/api/matching/order-requests", """
                {"orderingFirm": " ", "processes": [], "quantity": 0, "budget": -1}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("orderingFirm", "orderingFirmRegion", "work",
                        "processes", "quantity", "deliveryBy", "budget", "receivedOn")));
    }

    @Test
    void refusesFractionsOfAYen() throws Exception {
        postJson("/api/matching/order-requests/order-1/referrals/ref-1/outcome", """
                {"outcome": "CONCLUDED", "initialOrderAmount": 1000.5, "decidedOn": "2020-07-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("initialOrderAmount")));
    }

    @Test
    void withdrawsAndMarksFilled() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("order-1", 1));
        postJson("/api/matching/order-requests/order-1/withdraw", """
                {"withdrawnOn": "2020-06-20", "reason": "発注中止"}""").andExpect(status().isOk());
        postJson("/api/matching/order-requests/order-1/filled", """
                {"filledOn": "2020-07-02"}""").andExpect(status().isOk());
        verify(commandGateway).sendAndWait(new WithdrawOrderRequestCommand(ORDER, LocalDate.of(2020, 6, 20), "発注中止"));
        verify(commandGateway).sendAndWait(new MarkOrderRequestFilledCommand(ORDER, LocalDate.of(2020, 7, 2)));
    }

    @Test
    void introducesSupplierAndReturnsTheGeneratedReferralId() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("order-1", 1));
        postJson("/api/matching/order-requests/order-1/referrals", """
                {"supplierId": "supplier-company-1", "introducedOn": "2020-06-10"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("order-1"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.referralId", not(emptyString())));
        ArgumentCaptor<IntroduceSupplierCommand> sent = ArgumentCaptor.forClass(IntroduceSupplierCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new IntroduceSupplierCommand(ORDER, sent.getValue().referralId(),
                SupplierId.of("supplier-company-1"), LocalDate.of(2020, 6, 10)));
    }

    @Test
    void recordsAndCorrectsOutcomeAddressedByTheReferralId() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("order-1", 2));
        postJson("/api/matching/order-requests/order-1/referrals/ref-1/outcome", """
                {"outcome": "CONCLUDED", "initialOrderAmount": 480000, "decidedOn": "2020-07-01"}""")
                .andExpect(status().isOk());
        postJson("/api/matching/order-requests/order-1/referrals/ref-1/outcome", """
                {"outcome": "NOT_CONCLUDED", "reason": "価格", "decidedOn": "2020-07-01"}""")
                .andExpect(status().isOk());
        postJsonAs(SATO, "/api/matching/order-requests/order-1/referrals/ref-1/correction", """
                {"outcome": "NOT_CONCLUDED", "reason": "集計誤り", "requestedOn": "2020-08-01"}""")
                .andExpect(status().isOk());
        postJsonAs(SUZUKI, "/api/matching/order-requests/order-1/referrals/ref-1/correction/approve", """
                {"decidedOn": "2020-08-03", "comment": "確認"}""")
                .andExpect(status().isOk());
        postJsonAs(SUZUKI, "/api/matching/order-requests/order-1/referrals/ref-1/correction/reject", """
                {"decidedOn": "2020-08-03", "reason": "発注書と一致"}""")
                .andExpect(status().isOk());
        verify(commandGateway).sendAndWait(new RecordReferralOutcomeCommand(ORDER, "ref-1", ReferralOutcome.CONCLUDED,
                Yen.of(480_000), null, LocalDate.of(2020, 7, 1)));
        verify(commandGateway).sendAndWait(new RecordReferralOutcomeCommand(ORDER, "ref-1",
                ReferralOutcome.NOT_CONCLUDED, null, "価格", LocalDate.of(2020, 7, 1)));
        verify(commandGateway).sendAndWait(new RequestReferralOutcomeCorrectionCommand(ORDER, "ref-1",
                ReferralOutcome.NOT_CONCLUDED, null, "集計誤り", LocalDate.of(2020, 8, 1), "sato"));
        verify(commandGateway).sendAndWait(new ApproveReferralOutcomeCorrectionCommand(ORDER, "ref-1",
                LocalDate.of(2020, 8, 3), "suzuki", "確認"));
        verify(commandGateway).sendAndWait(new RejectReferralOutcomeCorrectionCommand(ORDER, "ref-1",
                LocalDate.of(2020, 8, 3), "suzuki", "発注書と一致"));
    }

    @Test
    void cannotCorrectWithoutReason() throws Exception {
        postJson("/api/matching/order-requests/order-1/referrals/ref-1/correction", """
                {"outcome": "CONCLUDED", "initialOrderAmount": 1, "requestedOn": "2020-08-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("reason")));
    }

    @Test
    void answersRefusalWith422AndTheCaseworkersMessage() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new CommandExecutionException("refused", null,
                new CommandFailure(CommandFailure.RULE_VIOLATION, "Supplier supplier-x is not registered.", "supplierId",
                        "matching.supplierId.unknownSupplier", List.of("supplier-x"))));
        postJson("/api/matching/order-requests/order-1/referrals", """
                {"supplierId": "supplier-x", "introducedOn": "2020-06-10"}""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("supplierId"))
                .andExpect(jsonPath("$.detail").value("Supplier supplier-x is not registered."));
    }
}
