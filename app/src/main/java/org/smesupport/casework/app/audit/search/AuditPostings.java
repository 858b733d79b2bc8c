package org.smesupport.casework.app.audit.search;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.bson.Document;
import org.smesupport.casework.projection.ReadModelStore;

/**
 * The audit index's posting lists ({@code audit_index_postings}): for every value an auditor searches by
 * ({@code user=…}, {@code companyId=…}, {@code type=…} …, and {@code all}), the positions and ids of the events
 * that have it, in position order, in buckets addressed by {@code _id}. The embedded read store serves a query only
 * by scanning every document unless it asks for an {@code _id}, so a search that pages through one value's events
 * reads its head, a bucket or two and the page's entries instead of the whole index.
 * <p>
 * A bucket ({@code b|<key>|<n>}) holds the list's events whose positions lie in the n-th stretch of {@link #SPAN}
 * positions, in ascending order with their ids; the head ({@code h|<key>}) names the buckets that exist with their
 * sizes, and the count. Where an event goes depends on its position only, so the documents are the same whatever
 * order the events arrived in (one committed late into a gap included) and a rebuild makes them again exactly; a
 * redelivered event finds its position already there and adds nothing. Values that nearly every event has its own
 * of are kept by {@link HashedPostings}.
 */
final class AuditPostings {

    static final String COLLECTION = "audit_index_postings";
    /** Written when the index is built from its first event: from then on every event has its postings. */
    static final String COMPLETE = "__complete";
    static final long SPAN = 1_000;
    private static final String ALL = "all";
    /**
     * The fields searched by equality that have a list per value here; a request's correlation id and a record's id
     * have theirs in {@link HashedPostings}.
     */
    static final List<String> FIELDS = List.of(AuditIndexFields.USER, AuditIndexFields.ROLE,
            AuditIndexFields.COMPANY_ID, AuditIndexFields.AGGREGATE_TYPE, AuditIndexFields.TYPE);
    /** On the list of every event: the newest position stored, which bounds the stretches a hashed list has. */
    private static final String NEWEST = "newest";
    private static final String BUCKETS = "buckets";
    private static final String SIZES = "sizes";
    private static final String COUNT = "count";
    private static final String POSITIONS = "positions";
    private static final String IDS = "ids";

    private AuditPostings() {
    }

    /** One event in a posting list. */
    record Posting(long position, String eventId) {
    }

    /** A list's buckets (their numbers, oldest first, and sizes) and its count. */
    record Head(String key, List<Long> buckets, List<Integer> sizes, long count) {
    }

    static String key(String field, String value) {
        return field + "=" + value;
    }

    /** The lists an index entry belongs to: every event's, and one per searched field it has a value for. */
    static List<String> keysOf(Document entry) {
        List<String> keys = new ArrayList<>();
        keys.add(ALL);
        for (String field : FIELDS) {
            String value = entry.getString(field);
            if (value != null) {
                keys.add(key(field, value));
            }
        }
        return keys;
    }

    /** Adds an index entry's event to every list it belongs to. */
    static void index(ReadModelStore postings, Document entry, String eventId) {
        long position = entry.getLong(AuditIndexFields.POSITION);
        keysOf(entry).forEach(key -> add(postings, key, position, eventId));
        for (String field : HashedPostings.FIELDS) {
            String value = entry.getString(field);
            if (value != null) {
                HashedPostings.add(postings, field, value, position, eventId);
            }
        }
    }

    /** The list of every event, for a search by dates or by nothing; empty before the first. */
    static Optional<PostingList> everyEvent(MongoCollection<Document> postings) {
        return head(postings, ALL).map(head -> new Bucketed(postings, head));
    }

    /** The list of the events with the value; empty when none has it. */
    static Optional<PostingList> list(MongoCollection<Document> postings, String field, String value) {
        if (HashedPostings.FIELDS.contains(field)) {
            Document all = postings.find(Filters.eq("_id", headId(ALL))).first();
            long newest = all == null ? -1L : all.get(NEWEST, -1L);
            PostingList found = HashedPostings.list(postings, field, value, newest);
            return found.count() == 0 ? Optional.empty() : Optional.of(found);
        }
        return head(postings, key(field, value)).map(head -> new Bucketed(postings, head));
    }

    /** A list kept here, read a bucket at a time. */
    private record Bucketed(MongoCollection<Document> postings, Head head) implements PostingList {

        @Override
        public long count() {
            return head.count();
        }

        @Override
        public List<Posting> newestFirst(long skip, int take) {
            return AuditPostings.newestFirst(postings, head, skip, take);
        }

        @Override
        public Iterable<Posting> newestFirst() {
            return AuditPostings.newestFirst(postings, head);
        }
    }

    /** Adds the event to the list, where its position belongs; nothing if it is there already. */
    static void add(ReadModelStore postings, String key, long position, String eventId) {
        long number = position / SPAN;
        Document bucket = postings.find(bucketId(key, number));
        if (bucket == null) {
            bucket = new Document("_id", bucketId(key, number)).append(POSITIONS, new ArrayList<Long>())
                    .append(IDS, new ArrayList<String>());
        }
        List<Long> positions = bucket.getList(POSITIONS, Long.class);
        int at = Collections.binarySearch(positions, position);
        if (at >= 0) {
            return;
        }
        positions.add(-at - 1, position);
        bucket.getList(IDS, String.class).add(-at - 1, eventId);
        Document head = postings.find(headId(key));
        if (head == null) {
            head = new Document("_id", headId(key)).append(BUCKETS, new ArrayList<Long>())
                    .append(SIZES, new ArrayList<Integer>()).append(COUNT, 0L);
        }
        List<Long> buckets = head.getList(BUCKETS, Long.class);
        List<Integer> sizes = head.getList(SIZES, Integer.class);
        int known = Collections.binarySearch(buckets, number);
        if (known < 0) {
            known = -known - 1;
            buckets.add(known, number);
            sizes.add(known, 0);
        }
        sizes.set(known, sizes.get(known) + 1);
        head.put(COUNT, head.getLong(COUNT) + 1);
        if (key.equals(ALL)) {
            head.put(NEWEST, Math.max(position, head.get(NEWEST, -1L)));
        }
        postings.save(bucket);
        postings.save(head);
    }

    static void markComplete(MongoCollection<Document> postings) {
        postings.replaceOne(Filters.eq("_id", COMPLETE), new Document("_id", COMPLETE),
                new ReplaceOptions().upsert(true));
    }

    static boolean complete(MongoCollection<Document> postings) {
        return postings.find(Filters.eq("_id", COMPLETE)).first() != null;
    }

    /** The list's head; empty when no event has the value. */
    static Optional<Head> head(MongoCollection<Document> postings, String key) {
        Document head = postings.find(Filters.eq("_id", headId(key))).first();
        return head == null ? Optional.empty() : Optional.of(new Head(key, head.getList(BUCKETS, Long.class),
                head.getList(SIZES, Integer.class), head.getLong(COUNT)));
    }

    /** Up to {@code take} postings, newest first, after skipping the {@code skip} newest. */
    static List<Posting> newestFirst(MongoCollection<Document> postings, Head head, long skip, int take) {
        List<Posting> page = new ArrayList<>(take);
        long before = 0;
        for (int n = head.sizes().size() - 1; n >= 0 && page.size() < take; n--) {
            int size = head.sizes().get(n);
            if (before + size <= skip) {
                before += size;
                continue;
            }
            List<Posting> bucket = bucket(postings, head.key(), head.buckets().get(n));
            for (int i = bucket.size() - 1; i >= 0 && page.size() < take; i--, before++) {
                if (before >= skip) {
                    page.add(bucket.get(i));
                }
            }
        }
        return page;
    }

    /** Every posting of the list, newest first, a bucket at a time as the consumer asks. */
    static Iterable<Posting> newestFirst(MongoCollection<Document> postings, Head head) {
        return () -> new Iterator<>() {
            private int n = head.sizes().size();
            private List<Posting> bucket = List.of();
            private int i = -1;

            @Override
            public boolean hasNext() {
                while (i < 0 && n > 0) {
                    n--;
                    bucket = bucket(postings, head.key(), head.buckets().get(n));
                    i = bucket.size() - 1;
                }
                return i >= 0;
            }

            @Override
            public Posting next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return bucket.get(i--);
            }
        };
    }

    /** The ids of every event of the list, in position order. */
    static List<String> idsInOrder(MongoCollection<Document> postings, Head head) {
        List<String> ids = new ArrayList<>();
        for (long number : head.buckets()) {
            bucket(postings, head.key(), number).forEach(posting -> ids.add(posting.eventId()));
        }
        return ids;
    }

    private static List<Posting> bucket(MongoCollection<Document> postings, String key, long number) {
        Document bucket = postings.find(Filters.eq("_id", bucketId(key, number))).first();
        if (bucket == null) {
            return List.of();
        }
        List<Long> positions = bucket.getList(POSITIONS, Long.class);
        List<String> ids = bucket.getList(IDS, String.class);
        List<Posting> entries = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            entries.add(new Posting(positions.get(i), ids.get(i)));
        }
        return entries;
    }

    private static String headId(String key) {
        return "h|" + key;
    }

    private static String bucketId(String key, long number) {
        return "b|" + key + "|" + number;
    }
}
