package org.smesupport.casework.app.audit.search;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.smesupport.casework.projection.ReadModelStore;

/**
 * Posting lists for the values nearly every event has its own of (a request's correlation id, a record's id): a
 * document per value would cost the index's rebuild one more written document per event or two. Instead the values
 * share documents by the hash of the value and a stretch of {@link #STRETCH} positions
 * ({@code x|<field>|<hash>|<stretch>}, each holding its values with their positions and event ids), so that a batch
 * of events writes at most {@link #HASHES} documents per field, and a search reads the few documents of its hash, one
 * per stretch of the history.
 */
final class HashedPostings {

    static final List<String> FIELDS = List.of(AuditIndexFields.CORRELATION_ID, AuditIndexFields.AGGREGATE_ID);
    static final int HASHES = 64;
    static final long STRETCH = 10_000;
    private static final String VALUES = "values";
    private static final String POSITIONS = "positions";
    private static final String IDS = "ids";

    private HashedPostings() {
    }

    static void add(ReadModelStore postings, String field, String value, long position, String eventId) {
        String id = documentId(field, value, position / STRETCH);
        Document stretch = postings.find(id);
        if (stretch == null) {
            stretch = new Document("_id", id).append(VALUES, new ArrayList<String>())
                    .append(POSITIONS, new ArrayList<List<Long>>()).append(IDS, new ArrayList<List<String>>());
        }
        // in the values' order, so that the document is the same whatever order the events arrived in
        List<String> values = stretch.getList(VALUES, String.class);
        int at = Collections.binarySearch(values, value);
        if (at < 0) {
            at = -at - 1;
            values.add(at, value);
            positionsOf(stretch).add(at, new ArrayList<>());
            idsOf(stretch).add(at, new ArrayList<>());
        }
        List<Long> positions = positionsOf(stretch).get(at);
        int insert = Collections.binarySearch(positions, position);
        if (insert >= 0) {
            return;
        }
        positions.add(-insert - 1, position);
        idsOf(stretch).get(at).add(-insert - 1, eventId);
        postings.save(stretch);
    }

    /** The value's events, from every stretch up to the newest position stored. */
    static PostingList list(MongoCollection<Document> postings, String field, String value, long newestPosition) {
        List<AuditPostings.Posting> found = new ArrayList<>();
        for (long stretch = 0; stretch <= newestPosition / STRETCH; stretch++) {
            Document document = postings.find(Filters.eq("_id", documentId(field, value, stretch))).first();
            if (document == null) {
                continue;
            }
            int at = Collections.binarySearch(document.getList(VALUES, String.class), value);
            if (at >= 0) {
                List<Long> positions = positionsOf(document).get(at);
                List<String> ids = idsOf(document).get(at);
                for (int i = 0; i < positions.size(); i++) {
                    found.add(new AuditPostings.Posting(positions.get(i), ids.get(i)));
                }
            }
        }
        found.sort(Comparator.comparingLong(AuditPostings.Posting::position).reversed());
        return new Gathered(found);
    }

    @SuppressWarnings("unchecked")
    private static List<List<Long>> positionsOf(Document stretch) {
        return (List<List<Long>>) stretch.get(POSITIONS);
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> idsOf(Document stretch) {
        return (List<List<String>>) stretch.get(IDS);
    }

    private static String documentId(String field, String value, long stretch) {
        return "x|" + field + "|" + Math.floorMod(value.hashCode(), HASHES) + "|" + stretch;
    }

    /** A list read whole, newest first. */
    private record Gathered(List<AuditPostings.Posting> postings) implements PostingList {

        @Override
        public long count() {
            return postings.size();
        }

        @Override
        public List<AuditPostings.Posting> newestFirst(long skip, int take) {
            int from = (int) Math.min(skip, postings.size());
            return postings.subList(from, Math.min(postings.size(), from + take));
        }

        @Override
        public Iterable<AuditPostings.Posting> newestFirst() {
            return postings;
        }
    }
}
