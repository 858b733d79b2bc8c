package org.smesupport.casework.consultation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.smesupport.casework.projection.ReadModelStore;

/**
 * The {@code consultation_case_timeline} read model: each case's steps in fixed-size pages, kept apart
 * from the case document so that an event rewrites the small case document and one bounded page instead
 * of the case's whole history (on the embedded server the cost of a write grows with the document).
 * <p>
 * Page {@code n} of a case, {@code _id} {@code caseId#n}, holds the steps with sequences
 * {@code n * PAGE_SIZE} to {@code (n + 1) * PAGE_SIZE - 1}, oldest first. So the page of a step and all
 * pages of a case follow from sequences alone, and every page is read by plain {@code _id}, the only
 * lookup the embedded server serves from an index. Changing {@link #PAGE_SIZE} readdresses every step:
 * the read model must then be rebuilt by replay.
 * <p>
 * Written only by {@link ConsultationCaseProjection}, in its processing group's batches.
 */
final class ConsultationTimeline {

    static final String COLLECTION = "consultation_case_timeline";

    /**
     * Steps per page. A new step rewrites its whole page, and on the embedded server a write costs more the
     * larger the document, so pages are small; the detail view reads one page per {@code PAGE_SIZE} steps, so
     * they must not be tiny either. Replaying 52,000 events in batches of 1,000 on the H2 backend, 4 and 8
     * were equally fast, 16 about 10% and 32 about 30% slower (the average page rewritten grows with the
     * size); 8 keeps a case of a few dozen steps to a handful of reads.
     */
    static final int PAGE_SIZE = 8;

    private final ReadModelStore pages;

    ConsultationTimeline(MongoDatabase readModels, int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        // Readers go by _id; a real MongoDB still needs this to list a case's pages in order without a
        // scan (e.g. an operator inspecting one case). The embedded server ignores it.
        collection.createIndex(Indexes.ascending("caseId", "page"));
        this.pages = new ReadModelStore(collection, cacheSize);
    }

    static long pageOf(long sequence) {
        return sequence / PAGE_SIZE;
    }

    static String pageId(String caseId, long page) {
        return caseId + "#" + page;
    }

    /**
     * Adds the step (whose {@code sequence} is its event's aggregate sequence) to its page unless the page
     * already has it. The page decides this by itself rather than trusting the case document, because the
     * two are written by separate bulk writes: if only the case was written before a failure, the
     * redelivered event must still reach the page.
     */
    void append(String caseId, Document step) {
        long sequence = step.getLong("sequence");
        long number = pageOf(sequence);
        String id = pageId(caseId, number);
        Document page = pages.find(id);
        if (page == null) {
            page = new Document("_id", id)
                    .append("caseId", caseId)
                    .append("page", number)
                    .append("entries", new ArrayList<Document>());
        }
        List<Document> entries = page.getList("entries", Document.class);
        // Axon delivers a case's events in sequence order, so anything at or below the last step is a redelivery.
        if (!entries.isEmpty() && entries.get(entries.size() - 1).getLong("sequence") >= sequence) {
            return;
        }
        entries.add(step);
        pages.save(page);
    }

    /** Empties the collection; for the projection's reset handler. */
    void clear() {
        pages.clear();
    }
}
