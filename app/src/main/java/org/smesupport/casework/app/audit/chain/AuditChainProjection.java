package org.smesupport.casework.app.audit.chain;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.smesupport.casework.projection.ReadModelStore;

/**
 * Keeps the hash chain over the SQL event store: every event, as its row is stored, becomes the next link, and the
 * day it was recorded (the centre's zone) gets a seal signed with the chain key, as does the head. A tracking
 * processor with one segment delivers the events in the order the store commits them; a redelivered event (a batch
 * retried) finds its link and adds nothing. It never replays ({@link DisallowReplay}): a chain rebuilt from the log
 * would seal whatever the log holds by then, so a reset of this processor leaves the chain as it is. It has no
 * dead-letter queue either: an event it cannot link stops it (visible in the projections' status), because a
 * skipped event would leave a hole the verification reports.
 */
@ProcessingGroup(AuditChainProjection.PROCESSING_GROUP)
@DisallowReplay
class AuditChainProjection {

    static final String PROCESSING_GROUP = "audit-chain";
    private static final int SEAL_CACHE = 16;

    private final StoredEvents events;
    private final ReadModelStore links;
    private final ReadModelStore seals;
    private final ChainKey key;
    private final ZoneId zone;

    AuditChainProjection(StoredEvents events, MongoDatabase readModels, ChainKey key, ZoneId zone) {
        this.events = events;
        // no cache for the links: a link is looked up once, when its event arrives
        this.links = new ReadModelStore(readModels.getCollection(ChainFields.LINKS), 0);
        this.seals = new ReadModelStore(readModels.getCollection(ChainFields.SEALS), SEAL_CACHE);
        this.key = key;
        this.zone = zone;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        StoredEvent stored = events.byIdentifier(event.getIdentifier()).orElseThrow(() -> new IllegalStateException(
                "event " + event.getIdentifier() + " was delivered but has no row in the event store"));
        String id = ChainFields.linkId(stored.globalIndex());
        Document head = seals.find(ChainFields.HEAD);
        LocalDate day = LocalDate.ofInstant(event.getTimestamp(), zone);
        Document linked = links.find(id);
        if (linked != null) {
            // Redelivered. A crash between writing the links and the seals of a batch leaves the head behind its
            // last link: catch it up, so that the next link continues from there (links are deterministic, so the
            // ones written again after such a crash are the same).
            if (head == null || linked.getLong(ChainFields.N) > head.getLong(ChainFields.N)) {
                seal(day, linked.getLong(ChainFields.N), stored.globalIndex(), linked.getString(ChainFields.HASH));
            }
            return;
        }
        long n = head == null ? 1 : head.getLong(ChainFields.N) + 1;
        String previous = head == null ? ChainHashes.hex(ChainHashes.GENESIS) : head.getString(ChainFields.HASH);
        byte[] digest = stored.digest();
        String hash = ChainHashes.hex(ChainHashes.link(ChainHashes.bytes(previous), n, digest));
        links.save(new Document("_id", id).append(ChainFields.INDEX, stored.globalIndex()).append(ChainFields.N, n)
                .append(ChainFields.EVENT_ID, stored.eventIdentifier()).append(ChainFields.PREVIOUS, previous)
                .append(ChainFields.DIGEST, ChainHashes.hex(digest)).append(ChainFields.HASH, hash));
        seal(day, n, stored.globalIndex(), hash);
    }

    /** Seals the link as the head and as the last of its day. */
    private void seal(LocalDate day, long n, long index, String hash) {
        seals.save(sealed(ChainFields.HEAD, n, index, hash));
        seals.save(sealed(ChainFields.DAY_PREFIX + day, n, index, hash));
    }

    private Document sealed(String name, long n, long index, String hash) {
        return new Document("_id", name).append(ChainFields.N, n).append(ChainFields.INDEX, index)
                .append(ChainFields.HASH, hash).append(ChainFields.SEAL, ChainHashes.seal(key.bytes(), name, n, hash));
    }
}
