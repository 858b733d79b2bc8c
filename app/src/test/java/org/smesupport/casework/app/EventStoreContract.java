package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the product needs of an event store, whichever database holds it: an aggregate sequence is
 * stored once (the second writer gets a conflict, HTTP 409, and stores nothing), and a tracking reader
 * sees every committed event exactly once while concurrent writers commit out of order and some roll
 * back (the gaps they leave). Each subclass runs it on one store with the whole application.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class EventStoreContract {

    private static final int WRITERS = 8;
    private static final int COMMITS_PER_WRITER = 150;

    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TestRestTemplate rest;

    /** A payload no handler knows: the projections pass it by. */
    record Probe(String run, int writer, int commit) {
    }

    @Test
    void anAggregateSequenceIsStoredOnceAndTheSecondWriterGetsAConflict() {
        String aggregate = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("Probe", aggregate, 0, new Probe("first", 0, 0)));
        eventStore.publish(new GenericDomainEventMessage<>("Probe", aggregate, 1, new Probe("first", 0, 1)));

        assertThatThrownBy(() -> eventStore.publish(
                new GenericDomainEventMessage<>("Probe", aggregate, 1, new Probe("second", 1, 1))))
                .isInstanceOf(ConcurrencyException.class);

        List<Object> stored = new ArrayList<>();
        eventStore.readEvents(aggregate).forEachRemaining(event -> stored.add(event.getPayload()));
        assertThat(stored).containsExactly(new Probe("first", 0, 0), new Probe("first", 0, 1));
    }

    @Test
    void aStaleExpectedVersionThroughTheApiGets409AndStoresNothing() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        String companyId = Answers.created(caseworker.post("/api/companies", TestData.company()));
        Map<String, Object> update = new HashMap<>(Map.of("name", "株式会社改名", "industry", "SERVICES",
                "municipality", "川崎市", "sizeClass", "MICRO", "expectedVersion", 0));
        assertThat(caseworker.post("/api/companies/" + companyId + "/update", update).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        update.put("name", "株式会社別名");
        ResponseEntity<JsonNode> stale = caseworker.post("/api/companies/" + companyId + "/update", update);

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(new ApiClient(rest, "auditor").get("/api/audit/streams/" + companyId).getBody()).hasSize(2);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheAnswerAndStoresNothing() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", "contract-" + UUID.randomUUID());
        Map<String, Object> company = TestData.company();
        String first = Answers.created(caseworker.post("/api/companies", company, headers));
        HttpHeaders again = new HttpHeaders();
        again.set("Idempotency-Key", headers.getFirst("Idempotency-Key"));

        ResponseEntity<JsonNode> retry = caseworker.post("/api/companies", company, again);

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.getBody().get("id").asText()).isEqualTo(first);
        assertThat(new ApiClient(rest, "auditor").get("/api/audit/streams/" + first).getBody()).hasSize(1);
    }

    @Test
    void aTrackingReaderSeesEveryCommittedEventOnceWhileWritersCommitOutOfOrderAndRollBack() throws Exception {
        String run = UUID.randomUUID().toString();
        Set<Probe> committed = ConcurrentHashMap.newKeySet();
        Set<Probe> rolledBack = ConcurrentHashMap.newKeySet();
        List<Probe> seen = new ArrayList<>();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            Future<?> reader = pool.submit(() -> {
                while (seen.size() < WRITERS * COMMITS_PER_WRITER) {
                    if (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)
                            && stream.nextAvailable().getPayload() instanceof Probe probe && probe.run().equals(run)) {
                        seen.add(probe);
                    }
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> write(transactions, run, writer, committed, rolledBack)));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            reader.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(rolledBack).as("rolled-back commits leave gaps").isNotEmpty();
        assertThat(seen).as("every committed event once, none rolled back")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(committed);
    }

    /**
     * One writer: each commit in its own transaction, one in seven rolled back after its insert took a
     * global position, so that position stays a gap for good.
     */
    private void write(TransactionTemplate transactions, String run, int writer, Set<Probe> committed,
                       Set<Probe> rolledBack) {
        String aggregate = UUID.randomUUID().toString();
        long sequence = 0;
        int commits = 0;
        for (int attempt = 0; commits < COMMITS_PER_WRITER; attempt++) {
            Probe probe = new Probe(run, writer, attempt);
            boolean rollBack = attempt % 7 == 3;
            long next = sequence;
            transactions.executeWithoutResult(status -> {
                eventStore.publish(new GenericDomainEventMessage<>("Probe", aggregate, next, probe));
                if (rollBack) {
                    status.setRollbackOnly();
                }
            });
            if (rollBack) {
                rolledBack.add(probe);
            } else {
                committed.add(probe);
                sequence++;
                commits++;
            }
        }
    }
}
