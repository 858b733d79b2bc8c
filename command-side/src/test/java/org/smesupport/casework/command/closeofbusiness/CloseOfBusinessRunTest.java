package org.smesupport.casework.command.closeofbusiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.smesupport.casework.api.common.ReadModelNotCurrent;
import org.smesupport.casework.api.lease.CompleteCloseOfBusinessCommand;
import org.smesupport.casework.api.lease.ContractsDueForArrears;
import org.smesupport.casework.api.lease.FindContractsDueForArrearsQuery;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.MarkLeaseArrearsCommand;
import org.smesupport.casework.command.common.BusinessRuleViolation;

class CloseOfBusinessRunTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private static final LocalDate TODAY = LocalDate.of(2020, 6, 10);

    private final EventStore eventStore = mock(EventStore.class);
    private final BusinessCalendar calendar = mock(BusinessCalendar.class);

    @BeforeEach
    void nothingClosedYetAndTodayIsTheTenth() {
        when(calendar.lastClosedDate()).thenReturn(Optional.empty());
        when(calendar.latestClosableDate()).thenReturn(TODAY.minusDays(1));
        when(calendar.businessDate()).thenReturn(TODAY);
    }

    @Test
    void aReadModelThatStaysBehindStopsTheRunBeforeAnythingIsSent() {
        when(queries.query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(new ReadModelNotCurrent("lease-contracts", "3 events behind")));
        CloseOfBusinessRun run = run(Duration.ZERO);

        assertThatThrownBy(() -> run.catchUpRequested(LocalDate.of(2020, 6, 2)))
                .isInstanceOf(ReadModelNotCurrent.class)
                .hasMessageContaining("3 events behind");
        verifyNoInteractions(commands);
    }

    @Test
    void theRunWaitsForTheReadModelToCatchUp() {
        when(queries.query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(new ReadModelNotCurrent("lease-contracts", "rebuilding")))
                .thenReturn(CompletableFuture.completedFuture(new ContractsDueForArrears(List.of())));

        CloseOfBusinessCatchUp catchUp = run(Duration.ofSeconds(30)).catchUpRequested(LocalDate.of(2020, 6, 2));

        assertThat(catchUp.days()).extracting(CloseOfBusinessSummary::contractsExamined).containsExactly(0);
        verify(queries, times(2)).query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class));
        verify(commands).sendAndWait(any());
    }

    @Test
    void otherQueryFailuresAreNotWaitedFor() {
        IllegalStateException outage = new IllegalStateException("read-model store unreachable");
        when(queries.query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(outage));

        assertThatThrownBy(() -> run(Duration.ofSeconds(30)).catchUp(LocalDate.of(2020, 6, 2)))
                .hasRootCause(outage);
        verify(queries, times(1)).query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class));
    }

    @Test
    void aCatchUpClosesEveryDayAfterTheLastClosedOneInOrder() {
        when(calendar.lastClosedDate()).thenReturn(Optional.of(LocalDate.of(2020, 5, 30)));
        when(queries.query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new ContractsDueForArrears(List.of())));

        CloseOfBusinessCatchUp catchUp = run(Duration.ZERO).catchUpRequested(LocalDate.of(2020, 6, 2));

        assertThat(catchUp.days()).extracting(CloseOfBusinessSummary::businessDate).containsExactly(
                LocalDate.of(2020, 5, 31), LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 2));
        ArgumentCaptor<CommandMessage<?>> sent = ArgumentCaptor.forClass(CommandMessage.class);
        verify(commands, times(3)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).extracting(message -> ((CompleteCloseOfBusinessCommand) message.getPayload())
                .businessDate()).containsExactly(LocalDate.of(2020, 5, 31), LocalDate.of(2020, 6, 1),
                LocalDate.of(2020, 6, 2));
    }

    @Test
    void oneAnswerServesTheDaysUntilADayMarksAContract() {
        when(calendar.lastClosedDate()).thenReturn(Optional.of(LocalDate.of(2020, 5, 28)));
        LeaseContractId contract = LeaseContractId.of("L-1");
        when(queries.query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(new ContractsDueForArrears(
                        List.of(new ContractsDueForArrears.Due(contract, LocalDate.of(2020, 5, 31))))))
                .thenReturn(CompletableFuture.completedFuture(new ContractsDueForArrears(List.of())));

        CloseOfBusinessCatchUp catchUp = run(Duration.ZERO).catchUpRequested(LocalDate.of(2020, 6, 4));

        // due 31 May: in arrears from 1 June; asked again only after that day marked it
        assertThat(catchUp.days()).extracting(CloseOfBusinessSummary::contractsExamined).containsExactly(0, 0, 0, 1, 0, 0, 0);
        verify(queries, times(2)).query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class));
        ArgumentCaptor<CommandMessage<?>> sent = ArgumentCaptor.forClass(CommandMessage.class);
        verify(commands, times(8)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues().get(3).getPayload())
                .isEqualTo(new MarkLeaseArrearsCommand(contract, LocalDate.of(2020, 6, 1), 0));
    }

    @Test
    void aDayIsClosedOnlyOnceItHasEnded() {
        assertThatThrownBy(() -> run(Duration.ZERO).catchUpRequested(TODAY))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("A day is closed once it has ended: the latest day that can be closed is yesterday, "
                        + "2020-06-09, not 2020-06-10.");
        verifyNoInteractions(commands, queries);
    }

    @Test
    void aClosedDayIsRefusedWhenAskedForAndSkippedByTheSystem() {
        when(calendar.lastClosedDate()).thenReturn(Optional.of(LocalDate.of(2020, 6, 5)));

        assertThatThrownBy(() -> run(Duration.ZERO).catchUpRequested(LocalDate.of(2020, 6, 3)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("Every day up to 2020-06-05 is closed already; the next day to close is 2020-06-06.");
        assertThat(run(Duration.ZERO).catchUp(LocalDate.of(2020, 6, 5)).days()).isEmpty();
        verifyNoInteractions(commands, queries);
    }

    private CloseOfBusinessRun run(Duration readModelWait) {
        return new CloseOfBusinessRun(commands, queries, eventStore, calendar,
                new CloseOfBusinessProperties(false, "0 */10 * * * *", 0, readModelWait, Duration.ofMinutes(2)));
    }
}
