package org.smesupport.casework.closeofbusiness;

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
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.common.ReadModelNotCurrent;
import org.smesupport.casework.lease.FindContractsDueForArrearsQuery;
import org.smesupport.casework.lease.LeaseContractIds;

class CloseOfBusinessRunTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private final EventStore eventStore = mock(EventStore.class);

    @Test
    void aReadModelThatStaysBehindStopsTheRunBeforeAnythingIsSent() {
        when(queries.query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(new ReadModelNotCurrent("lease-contracts", "3 events behind")));
        CloseOfBusinessRun run = run(Duration.ZERO);

        assertThatThrownBy(() -> run.runRequested(LocalDate.of(2020, 6, 2)))
                .isInstanceOf(ReadModelNotCurrent.class)
                .hasMessageContaining("3 events behind");
        verifyNoInteractions(commands);
    }

    @Test
    void theRunWaitsForTheReadModelToCatchUp() {
        when(queries.query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(new ReadModelNotCurrent("lease-contracts", "rebuilding")))
                .thenReturn(CompletableFuture.completedFuture(new LeaseContractIds(List.of())));

        CloseOfBusinessSummary summary = run(Duration.ofSeconds(30)).runRequested(LocalDate.of(2020, 6, 2));

        assertThat(summary.contractsExamined()).isZero();
        verify(queries, times(2)).query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class));
        verify(commands).sendAndWait(any());
    }

    @Test
    void otherQueryFailuresAreNotWaitedFor() {
        IllegalStateException outage = new IllegalStateException("read-model store unreachable");
        when(queries.query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(outage));

        assertThatThrownBy(() -> run(Duration.ofSeconds(30)).runFor(LocalDate.of(2020, 6, 2)))
                .hasRootCause(outage);
        verify(queries, times(1)).query(any(FindContractsDueForArrearsQuery.class), any(ResponseType.class));
    }

    private CloseOfBusinessRun run(Duration readModelWait) {
        return new CloseOfBusinessRun(commands, queries, eventStore,
                new CloseOfBusinessProperties(false, "0 */10 * * * *", 0, readModelWait));
    }
}
