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

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.PlanMatchingFairCommand;
import org.smesupport.casework.api.matching.RecordFairMeetingCommand;
import org.smesupport.casework.api.matching.RecordFairSatisfactionCommand;
import org.smesupport.casework.api.matching.RegisterFairParticipantCommand;
import org.smesupport.casework.command.web.CommandApi;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class MatchingFairCommandControllerTest {

    private static final MatchingFairId FAIR = MatchingFairId.of("fair-1");

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final MockMvc api = CommandApi.over(new MatchingFairCommandController(commandGateway));

    private ResultActions postJson(String path, String body) throws Exception {
        return api.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void plansFairWithCreatedLocationAndNoPartnersByDefault() throws Exception {
        postJson("/api/matching/fairs", """
                {"name": "オンライン商談会", "startsOn": "2020-07-27", "endsOn": "2020-08-07", "format": "ONLINE",
                 "focusArea": "横須賀"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/matching/fairs/")))
                .andExpect(jsonPath("$.version").value(0));
        ArgumentCaptor<PlanMatchingFairCommand> sent = ArgumentCaptor.forClass(PlanMatchingFairCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        PlanMatchingFairCommand command = sent.getValue();
        assertThat(command).isEqualTo(new PlanMatchingFairCommand(command.fairId(), "オンライン商談会",
                LocalDate.of(2020, 7, 27), LocalDate.of(2020, 8, 7), FairFormat.ONLINE, "横須賀", List.of()));
    }

    @Test
    void listsEveryInvalidFieldOfAPlan() throws Exception {
        postJson("/api/matching/fairs", """
                {"name": "", "partners": ["信金", " "]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("name", "startsOn", "endsOn", "format",
                        "partners[1]")));
    }

    @Test
    void registersParticipantAndReturnsTheGeneratedParticipantId() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("fair-1", 1));
        postJson("/api/matching/fairs/fair-1/participants", """
                {"side": "SUPPLYING", "firmName": "かながわ精工", "companyId": "company-1"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("fair-1"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.participantId", not(emptyString())));
        ArgumentCaptor<RegisterFairParticipantCommand> sent =
                ArgumentCaptor.forClass(RegisterFairParticipantCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new RegisterFairParticipantCommand(FAIR, sent.getValue().participantId(),
                FairSide.SUPPLYING, "かながわ精工", CompanyId.of("company-1")));
    }

    @Test
    void registersFirmThatIsNoClientWithoutCompany() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("fair-1", 1));
        postJson("/api/matching/fairs/fair-1/participants", """
                {"side": "ORDERING", "firmName": "横須賀製作所"}""")
                .andExpect(status().isOk());
        ArgumentCaptor<RegisterFairParticipantCommand> sent =
                ArgumentCaptor.forClass(RegisterFairParticipantCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        assertThat(sent.getValue().companyId()).isNull();
    }

    @Test
    void recordsMeetingAndReturnsTheGeneratedMeetingId() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("fair-1", 3));
        postJson("/api/matching/fairs/fair-1/meetings", """
                {"orderingParticipantId": "p-1", "supplyingParticipantId": "p-2", "heldOn": "2020-07-28"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.meetingId", not(emptyString())));
        ArgumentCaptor<RecordFairMeetingCommand> sent = ArgumentCaptor.forClass(RecordFairMeetingCommand.class);
        verify(commandGateway).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new RecordFairMeetingCommand(FAIR, sent.getValue().meetingId(), "p-1",
                "p-2", LocalDate.of(2020, 7, 28)));
    }

    @Test
    void recordsSatisfaction() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("fair-1", 4));
        postJson("/api/matching/fairs/fair-1/satisfaction", """
                {"participantId": "p-2", "satisfied": true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(4));
        verify(commandGateway).sendAndWait(new RecordFairSatisfactionCommand(FAIR, "p-2", true));
    }

    @Test
    void cannotRecordSatisfactionWithoutAnAnswer() throws Exception {
        postJson("/api/matching/fairs/fair-1/satisfaction", """
                {"participantId": "p-2"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("satisfied")));
    }
}
