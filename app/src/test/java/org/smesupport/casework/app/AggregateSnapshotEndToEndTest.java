package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;
import static org.smesupport.casework.app.Answers.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.smesupport.casework.api.lease.LeaseContractOpenedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Snapshots in the real store: a lease contract with more events than the snapshot threshold has its snapshot in the
 * event store. With the aggregate cache emptied (as after a restart), the next payment is decided from the snapshot
 * and allocated exactly as from the whole history; the audit stream and the state as of a version still start from
 * the first event; a snapshot of another revision (an older shape of the contract's state) is passed over and the
 * contract replayed from its events.
 */
class AggregateSnapshotEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Cache aggregateCache;

    @Autowired
    EventStore eventStore;

    @Value("${casework.snapshots.lease-contract}")
    int threshold;

    @Test
    void aContractLoadedFromItsSnapshotAllocatesAsFromItsWholeHistory() {
        ApiClient caseworker = as("caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        Map<String, Object> terms = new LinkedHashMap<>(LeaseInArrears.contract(companyId));
        terms.put("amount", 24_000_000);
        terms.put("termMonths", 240);
        String lease = created(caseworker.post("/api/leases", terms));
        int payments = threshold + 5;
        for (int i = 0; i < payments; i++) {
            ok(caseworker.post("/api/leases/" + lease + "/payments", Map.of("receivedOn", "2015-05-01", "amount", 100)));
        }
        List<Map<String, Object>> snapshots = jdbc.queryForList(
                "SELECT sequenceNumber, payloadType, payloadRevision FROM SnapshotEventEntry WHERE aggregateIdentifier = ?",
                lease);
        assertThat(snapshots).hasSize(1);
        assertThat(snapshots.get(0)).containsEntry("payloadType", "org.smesupport.casework.command.lease.LeaseContract")
                .containsEntry("payloadRevision", "1");
        long snapshotVersion = (Long) snapshots.get(0).get("sequenceNumber");
        assertThat(snapshotVersion).isBetween(threshold - 1L, (long) payments);
        DomainEventMessage<?> loadedFirst = eventStore.readEvents(lease).peek();
        assertThat(loadedFirst.getPayload().getClass().getName()).as("the repository's first message is the snapshot")
                .isEqualTo("org.smesupport.casework.command.lease.LeaseContract");
        assertThat(loadedFirst.getSequenceNumber()).isEqualTo(snapshotVersion);

        aggregateCache.removeAll();
        long firstUnpaid = 100_000 - 100L * payments;
        ok(caseworker.post("/api/leases/" + lease + "/payments",
                Map.of("receivedOn", "2015-05-01", "amount", firstUnpaid + 5_000)));
        JsonNode detail = caseworker.awaitGet("/api/leases/" + lease,
                body -> body.path("schedule").path(0).path("unpaid").asLong(-1) == 0);
        assertThat(detail.get("schedule").get(1).get("unpaid").asLong()).isEqualTo(95_000);

        jdbc.update("UPDATE SnapshotEventEntry SET payloadRevision = '0' WHERE aggregateIdentifier = ?", lease);
        assertThat(eventStore.readEvents(lease).peek().getPayload()).isInstanceOf(LeaseContractOpenedEvent.class);
        aggregateCache.removeAll();
        ok(caseworker.post("/api/leases/" + lease + "/payments", Map.of("receivedOn", "2015-05-01", "amount", 1_000)));
        caseworker.awaitGet("/api/leases/" + lease,
                body -> body.path("schedule").path(1).path("unpaid").asLong(-1) == 94_000);

        ApiClient auditor = as("auditor");
        JsonNode stream = auditor.get("/api/audit/streams/" + lease).getBody();
        assertThat(stream).hasSize(payments + 3);
        assertThat(stream.get(0).get("type").asText()).endsWith("LeaseContractOpenedEvent");
        JsonNode state = auditor.get("/api/audit/streams/" + lease + "/state?version=" + (payments + 2)).getBody();
        assertThat(state.get("version").asLong()).isEqualTo(payments + 2);
        assertThat(state.get("view").get("schedule").get(1).get("unpaid").asLong()).isEqualTo(94_000);
    }
}
