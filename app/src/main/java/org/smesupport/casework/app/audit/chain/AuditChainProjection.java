package org.smesupport.casework.app.audit.chain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Keeps the hash chain over the SQL event store: every event, as its row is stored, becomes the next link, and the
 * head and the day it was recorded (the centre's zone) are sealed with the chain key. A tracking processor with one
 * segment delivers the events in the order the store commits them; a batch's links and seals are written together
 * in one durable transaction after its last event, before the processor moves its position, and a redelivered event
 * (a batch retried after a crash) finds its link and adds nothing. It never replays ({@link DisallowReplay}): a
 * chain made again from the log would seal whatever the log holds by then. It has no dead-letter queue either: an
 * event it cannot link stops it (visible in the projections' status), since a skipped event would be a hole.
 */
@ProcessingGroup(AuditChainProjection.PROCESSING_GROUP)
@DisallowReplay
class AuditChainProjection {

    static final String PROCESSING_GROUP = "audit-chain";
    private static final String BATCH = AuditChainProjection.class.getName() + "[batch]";

    private final StoredEvents events;
    private final ChainTables chain;
    private final ChainKey key;
    private final ZoneId zone;

    AuditChainProjection(StoredEvents events, ChainTables chain, ChainKey key, ZoneId zone) {
        this.events = events;
        this.chain = chain;
        this.key = key;
        this.zone = zone;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Batch batch = unitOfWork.getOrComputeResource(BATCH, name -> new Batch(chain.seal(ChainSeal.HEAD)
                .flatMap(head -> chain.linkNumbered(head.n())).orElse(null)));
        StoredEvent stored = events.byIdentifier(event.getIdentifier()).orElseThrow(() -> new IllegalStateException(
                "event " + event.getIdentifier() + " was delivered but has no row in the event store"));
        if (!batch.linked.contains(stored.globalIndex()) && !chain.linked(stored.globalIndex())) {
            batch.add(stored, LocalDate.ofInstant(event.getTimestamp(), zone));
        }
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            if (!batch.links.isEmpty()) {
                chain.write(batch.links, batch.seals.values());
            }
            unitOfWork.resources().remove(BATCH);
        }
    }

    /** The links and seals of one batch, written after its last event. */
    private final class Batch {

        private final List<ChainLink> links = new ArrayList<>();
        private final Map<String, ChainSeal> seals = new LinkedHashMap<>();
        private final Set<Long> linked = new HashSet<>();
        private ChainLink head;

        Batch(ChainLink head) {
            this.head = head;
        }

        void add(StoredEvent stored, LocalDate day) {
            long n = head == null ? 1 : head.n() + 1;
            String previous = head == null ? ChainHashes.hex(ChainHashes.GENESIS) : head.hash();
            byte[] digest = stored.digest();
            ChainLink link = new ChainLink(n, stored.globalIndex(), stored.eventIdentifier(), previous,
                    ChainHashes.hex(digest), ChainHashes.hex(ChainHashes.link(ChainHashes.bytes(previous), n, digest)));
            links.add(link);
            linked.add(stored.globalIndex());
            seals.put(ChainSeal.HEAD, ChainSeal.of(key, ChainSeal.HEAD, link));
            seals.put(ChainSeal.day(day), ChainSeal.of(key, ChainSeal.day(day), link));
            head = link;
        }
    }
}
