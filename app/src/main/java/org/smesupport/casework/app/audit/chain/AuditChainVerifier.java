package org.smesupport.casework.app.audit.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.stream.Stream;
import org.smesupport.casework.api.audit.ChainProblem;
import org.smesupport.casework.api.audit.ChainProblem.Kind;
import org.smesupport.casework.api.audit.ChainVerification;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the event store against the chain ({@code GET /api/audit/verify}): every seal's signature and link; then the
 * store's rows and the chain's links side by side in the order of the global index, each row's digest against the
 * one its link sealed and each link against the one before it. Both are read a batch at a time in one read-only
 * transaction, so the walk takes constant memory however long the log.
 */
public class AuditChainVerifier {

    static final int PROBLEMS_LISTED = 100;

    private final StoredEvents events;
    private final ChainTables chain;
    private final ChainKey key;
    private final TransactionTemplate readOnly;

    AuditChainVerifier(StoredEvents events, ChainTables chain, ChainKey key, TransactionTemplate readOnly) {
        this.events = events;
        this.chain = chain;
        this.key = key;
        this.readOnly = readOnly;
    }

    public ChainVerification verify() {
        return readOnly.execute(status -> {
            Problems problems = new Problems();
            List<ChainSeal> seals = chain.seals();
            seals.forEach(seal -> check(seal, problems));
            Optional<ChainSeal> head = seals.stream().filter(seal -> seal.name().equals(ChainSeal.HEAD)).findFirst();
            Walk walk = new Walk(problems, head.map(ChainSeal::globalIndex).orElse(-1L));
            try (Stream<ChainLink> links = chain.inOrderOfTheEvents()) {
                walk.links = links.iterator();
                walk.link = walk.links.hasNext() ? walk.links.next() : null;
                events.inOrder(walk::row);
                walk.rest();
            }
            if (head.isEmpty() && walk.linksSeen > 0) {
                problems.add(new ChainProblem(0, Kind.SEAL, null, null, null,
                        "the chain has " + walk.linksSeen + " links but no head seal"));
            } else if (head.isPresent() && walk.linksSeen != head.get().n()) {
                problems.add(new ChainProblem(head.get().globalIndex(), Kind.CHAIN_BROKEN, null, null, null,
                        "the head seals link " + head.get().n() + " but the chain holds " + walk.linksSeen + " links"));
            }
            List<ChainProblem> listed = problems.listed();
            return new ChainVerification(problems.count == 0, walk.rows, walk.linksSeen, walk.pending,
                    head.map(seal -> new ChainVerification.Link(seal.n(), seal.globalIndex(), seal.hash()))
                            .orElse(null),
                    seals.size(), listed.isEmpty() ? null : listed.get(0), problems.count, listed);
        });
    }

    private void check(ChainSeal seal, Problems problems) {
        if (!seal.signedWith(key)) {
            problems.add(new ChainProblem(seal.globalIndex(), Kind.SEAL, null, null, null,
                    "the seal '" + seal.name() + "' is not signed with the chain key"));
            return;
        }
        Optional<ChainLink> link = chain.linkNumbered(seal.n());
        boolean sealed = link.isPresent() && link.get().globalIndex() == seal.globalIndex()
                && link.get().hash().equals(seal.hash());
        if (!sealed) {
            problems.add(new ChainProblem(seal.globalIndex(), Kind.SEAL, null, null, null, "the seal '" + seal.name()
                    + "' seals link " + seal.n() + " with hash " + seal.hash() + "; the chain holds " + link
                    .map(found -> "hash " + found.hash() + " at position " + found.globalIndex())
                    .orElse("no such link")));
        }
    }

    /** The side-by-side walk of the store's rows and the chain's links, both in the order of the global index. */
    private static final class Walk {

        private final Problems problems;
        private final long headIndex;
        /** Hashes of links whose successor has not been seen yet, by link number. */
        private final Map<Long, String> hashes = new HashMap<>();
        /** Links whose predecessor has not been seen yet, by the predecessor's number. */
        private final Map<Long, ChainLink> waiting = new HashMap<>();
        private Iterator<ChainLink> links;
        private ChainLink link;
        private long rows;
        private long linksSeen;
        private long pending;

        Walk(Problems problems, long headIndex) {
            this.problems = problems;
            this.headIndex = headIndex;
        }

        void row(StoredEvent row) {
            rows++;
            while (link != null && link.globalIndex() < row.globalIndex()) {
                missing();
            }
            if (link != null && link.globalIndex() == row.globalIndex()) {
                String digest = ChainHashes.hex(row.digest());
                if (!digest.equals(link.digest())) {
                    problems.add(new ChainProblem(row.globalIndex(), Kind.ALTERED, row.eventIdentifier(),
                            row.aggregateIdentifier(), row.sequenceNumber(), "the stored event's digest is " + digest
                            + "; link " + link.n() + " sealed " + link.digest()));
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

        /** The links after the last row, then the links whose predecessor never came. */
        void rest() {
            while (link != null) {
                missing();
            }
            waiting.forEach((n, successor) -> broken(successor,
                    "link " + n + ", which link " + (n + 1) + " follows, is not in the chain"));
        }

        private void missing() {
            problems.add(new ChainProblem(link.globalIndex(), Kind.MISSING, link.eventIdentifier(), null, null,
                    "link " + link.n() + " sealed this event; the event store no longer has it"));
            advance();
        }

        /** Checks the current link against its own content and the link before it, then moves to the next. */
        private void advance() {
            linksSeen++;
            long n = link.n();
            if (!link.recomputed().equals(link.hash())) {
                broken(link, "link " + n + " holds hash " + link.hash() + " but its content hashes to "
                        + link.recomputed());
            }
            if (n == 1) {
                if (!link.previous().equals(ChainHashes.hex(ChainHashes.GENESIS))) {
                    broken(link, "the first link does not start from the genesis hash");
                }
            } else if (hashes.containsKey(n - 1)) {
                follows(link, n - 1, hashes.remove(n - 1));
            } else {
                waiting.put(n - 1, link);
            }
            ChainLink successor = waiting.remove(n);
            if (successor == null) {
                hashes.put(n, link.hash());
            } else {
                follows(successor, n, link.hash());
            }
            link = links.hasNext() ? links.next() : null;
        }

        private void follows(ChainLink successor, long n, String hash) {
            if (!successor.previous().equals(hash)) {
                broken(successor, "link " + successor.n() + " follows a hash " + successor.previous() + " but link " + n
                        + " is " + hash);
            }
        }

        private void broken(ChainLink at, String detail) {
            problems.add(new ChainProblem(at.globalIndex(), Kind.CHAIN_BROKEN, at.eventIdentifier(), null, null,
                    detail));
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
