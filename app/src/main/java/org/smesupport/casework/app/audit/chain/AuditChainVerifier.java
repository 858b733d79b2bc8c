package org.smesupport.casework.app.audit.chain;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.bson.Document;
import org.smesupport.casework.app.audit.chain.ChainProblem.Kind;

/**
 * Walks the event store against the chain ({@code GET /api/audit/verify}): every seal's signature and link; then the
 * store's rows and the chain's links side by side in the order of the global index, each row's digest against the
 * one its link sealed and each link against the one before it. Both are read a batch at a time, so the walk takes
 * constant memory however long the log.
 */
public class AuditChainVerifier {

    static final int PROBLEMS_LISTED = 100;

    private final StoredEvents events;
    private final MongoCollection<Document> links;
    private final MongoCollection<Document> seals;
    private final ChainKey key;

    AuditChainVerifier(StoredEvents events, MongoDatabase readModels, ChainKey key) {
        this.events = events;
        this.links = readModels.getCollection(ChainFields.LINKS);
        this.seals = readModels.getCollection(ChainFields.SEALS);
        this.key = key;
    }

    public ChainVerification verify() {
        Problems problems = new Problems();
        Document head = seals.find(eq("_id", ChainFields.HEAD)).first();
        int sealsChecked = checkSeals(problems);
        Walk walk = new Walk(problems, head == null ? -1 : head.getLong(ChainFields.INDEX));
        try (MongoCursor<Document> chain = links.find().sort(Sorts.ascending("_id")).iterator()) {
            walk.chain = chain;
            walk.link = chain.hasNext() ? chain.next() : null;
            events.inOrder(walk::row);
            walk.rest();
        }
        List<ChainProblem> listed = problems.listed();
        return new ChainVerification(problems.count == 0, walk.rows, walk.linksSeen, walk.pending,
                head == null ? null : new ChainVerification.Link(head.getLong(ChainFields.N),
                        head.getLong(ChainFields.INDEX), head.getString(ChainFields.HASH)),
                sealsChecked, listed.isEmpty() ? null : listed.get(0), problems.count, listed);
    }

    private int checkSeals(Problems problems) {
        int checked = 0;
        for (Document seal : seals.find()) {
            checked++;
            String name = seal.getString("_id");
            long n = seal.getLong(ChainFields.N);
            long index = seal.getLong(ChainFields.INDEX);
            String hash = seal.getString(ChainFields.HASH);
            if (!ChainHashes.seal(key.bytes(), name, n, hash).equals(seal.getString(ChainFields.SEAL))) {
                problems.add(new ChainProblem(index, Kind.SEAL, null, null, null,
                        "the seal '" + name + "' is not signed with the chain key"));
                continue;
            }
            Document link = links.find(eq("_id", ChainFields.linkId(index))).first();
            if (link == null || link.getLong(ChainFields.N) != n || !hash.equals(link.getString(ChainFields.HASH))) {
                problems.add(new ChainProblem(index, Kind.SEAL, null, null, null, "the seal '" + name + "' seals link "
                        + n + " with hash " + hash + "; the chain holds " + (link == null ? "no link there"
                        : "link " + link.getLong(ChainFields.N) + " with hash " + link.getString(ChainFields.HASH))));
            }
        }
        return checked;
    }

    /** The side-by-side walk of the store's rows and the chain's links, both in the order of the global index. */
    private final class Walk {

        private final Problems problems;
        private final long headIndex;
        /** Hashes of links whose successor has not been seen yet, by link number. */
        private final Map<Long, String> hashes = new HashMap<>();
        /** What links not yet seen must hash to: the previous hash their successor holds, by link number. */
        private final Map<Long, Document> expected = new HashMap<>();
        private MongoCursor<Document> chain;
        private Document link;
        private long rows;
        private long linksSeen;
        private long pending;

        Walk(Problems problems, long headIndex) {
            this.problems = problems;
            this.headIndex = headIndex;
        }

        void row(StoredEvent row) {
            rows++;
            while (link != null && link.getLong(ChainFields.INDEX) < row.globalIndex()) {
                problems.add(new ChainProblem(link.getLong(ChainFields.INDEX), Kind.MISSING,
                        link.getString(ChainFields.EVENT_ID), null, null, "link " + link.getLong(ChainFields.N)
                        + " sealed this event; the event store no longer has it"));
                advance();
            }
            if (link != null && link.getLong(ChainFields.INDEX) == row.globalIndex()) {
                String digest = ChainHashes.hex(row.digest());
                if (!digest.equals(link.getString(ChainFields.DIGEST))) {
                    problems.add(new ChainProblem(row.globalIndex(), Kind.ALTERED, row.eventIdentifier(),
                            row.aggregateIdentifier(), row.sequenceNumber(), "the stored event's digest is " + digest
                            + "; link " + link.getLong(ChainFields.N) + " sealed " + link.getString(ChainFields.DIGEST)));
                }
                advance();
            } else if (row.globalIndex() > headIndex) {
                pending++;
            } else {
                problems.add(new ChainProblem(row.globalIndex(), Kind.NOT_CHAINED, row.eventIdentifier(),
                        row.aggregateIdentifier(), row.sequenceNumber(), "the chain sealed later events but not this "
                        + "one: written into the store afterwards (or committed a moment ago: verify again)"));
            }
        }

        /** The links after the last row: events the store no longer has. */
        void rest() {
            while (link != null) {
                problems.add(new ChainProblem(link.getLong(ChainFields.INDEX), Kind.MISSING,
                        link.getString(ChainFields.EVENT_ID), null, null, "link " + link.getLong(ChainFields.N)
                        + " sealed this event; the event store no longer has it"));
                advance();
            }
            expected.forEach((n, successor) -> problems.add(new ChainProblem(successor.getLong(ChainFields.INDEX),
                    Kind.CHAIN_BROKEN, successor.getString(ChainFields.EVENT_ID), null, null,
                    "link " + n + ", which link " + (n + 1) + " follows, is not in the chain")));
        }

        /** Checks the current link against its own content and the link before it, then moves to the next. */
        private void advance() {
            linksSeen++;
            long n = link.getLong(ChainFields.N);
            String previous = link.getString(ChainFields.PREVIOUS);
            String hash = link.getString(ChainFields.HASH);
            String recomputed = ChainHashes.hex(ChainHashes.link(ChainHashes.bytes(previous), n,
                    ChainHashes.bytes(link.getString(ChainFields.DIGEST))));
            if (!recomputed.equals(hash)) {
                broken(link, "link " + n + " holds hash " + hash + " but its content hashes to " + recomputed);
            }
            if (n == 1) {
                if (!previous.equals(ChainHashes.hex(ChainHashes.GENESIS))) {
                    broken(link, "the first link does not start from the genesis hash");
                }
            } else if (hashes.containsKey(n - 1)) {
                String before = hashes.remove(n - 1);
                if (!before.equals(previous)) {
                    broken(link, "link " + n + " follows a hash " + previous + " but link " + (n - 1) + " is " + before);
                }
            } else {
                expected.put(n - 1, link);
            }
            Document successor = expected.remove(n);
            if (successor == null) {
                hashes.put(n, hash);
            } else if (!successor.getString(ChainFields.PREVIOUS).equals(hash)) {
                broken(successor, "link " + (n + 1) + " follows a hash " + successor.getString(ChainFields.PREVIOUS)
                        + " but link " + n + " is " + hash);
            }
            link = chain.hasNext() ? chain.next() : null;
        }

        private void broken(Document at, String detail) {
            problems.add(new ChainProblem(at.getLong(ChainFields.INDEX), Kind.CHAIN_BROKEN,
                    at.getString(ChainFields.EVENT_ID), null, null, detail));
        }
    }

    /** Every problem counted; the {@value #PROBLEMS_LISTED} at the lowest positions kept. */
    private static final class Problems {

        private static final Comparator<ChainProblem> BY_POSITION = Comparator.comparingLong(ChainProblem::position);

        private final PriorityQueue<ChainProblem> lowest = new PriorityQueue<>(BY_POSITION.reversed());
        private int count;

        void add(ChainProblem problem) {
            count++;
            lowest.add(problem);
            if (lowest.size() > PROBLEMS_LISTED) {
                lowest.poll();
            }
        }

        List<ChainProblem> listed() {
            List<ChainProblem> listed = new ArrayList<>(lowest);
            listed.sort(BY_POSITION);
            return listed;
        }
    }
}
