package org.smesupport.casework.app.audit.search;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.smesupport.casework.api.audit.AuditEntry;
import org.smesupport.casework.api.audit.AuditPage;
import org.smesupport.casework.api.audit.FindAuditEventsQuery;
import org.springframework.stereotype.Component;

/**
 * The auditors' search across every stream, over the audit index ({@link AuditIndexProjection}): for the API and,
 * on the query bus, for the auditors' page.
 */
@Component
public class AuditSearch {

    /** The longest posting list a search by several values or by dates walks entry by entry before it scans. */
    static final long WALK_LIMIT = 5_000;

    private final MongoCollection<Document> index;
    private final MongoCollection<Document> companies;
    private final MongoCollection<Document> postings;

    AuditSearch(MongoDatabase readModels) {
        this.index = readModels.getCollection(AuditIndexFields.COLLECTION);
        this.companies = readModels.getCollection(AuditIndexFields.COMPANIES);
        this.postings = readModels.getCollection(AuditPostings.COLLECTION);
    }

    /**
     * One page of the events that meet the criteria, newest first. Where the index has posting lists
     * ({@link AuditPostings}): a search by one value pages through that value's list; a search by several values or
     * by dates walks the shortest list, reading each event by {@code _id}, unless it is longer than
     * {@link #WALK_LIMIT} events, when, like an index built before posting lists, the index is scanned.
     */
    @QueryHandler
    AuditPage find(FindAuditEventsQuery criteria) {
        if (!AuditPostings.complete(postings)) {
            return findByScan(criteria);
        }
        List<Optional<PostingList>> named = wantedValues(criteria).stream()
                .map(wanted -> AuditPostings.list(postings, wanted.getKey(), wanted.getValue())).toList();
        List<Optional<PostingList>> candidates = named.isEmpty() ? List.of(AuditPostings.everyEvent(postings)) : named;
        if (candidates.stream().anyMatch(Optional::isEmpty)) {
            return new AuditPage(0, criteria.page(), criteria.size(), List.of());
        }
        List<PostingList> lists = candidates.stream().map(Optional::orElseThrow).toList();
        long skip = (long) criteria.page() * criteria.size();
        if (lists.size() == 1 && !byDates(criteria)) {
            PostingList list = lists.get(0);
            List<AuditEntry> items = new ArrayList<>(criteria.size());
            for (AuditPostings.Posting posting : list.newestFirst(skip, criteria.size())) {
                indexed(posting).ifPresent(entry -> items.add(entry(entry)));
            }
            return new AuditPage(list.count(), criteria.page(), criteria.size(), items);
        }
        PostingList shortest = lists.stream().min(Comparator.comparingLong(PostingList::count)).orElseThrow();
        if (shortest.count() > WALK_LIMIT) {
            return findByScan(criteria);
        }
        long total = 0;
        List<AuditEntry> items = new ArrayList<>(criteria.size());
        for (AuditPostings.Posting posting : shortest.newestFirst()) {
            Optional<Document> entry = indexed(posting).filter(indexed -> meets(indexed, criteria));
            if (entry.isPresent()) {
                if (total >= skip && items.size() < criteria.size()) {
                    items.add(entry(entry.get()));
                }
                total++;
            }
        }
        return new AuditPage(total, criteria.page(), criteria.size(), items);
    }

    /** The same by a scan of the whole index, for an index built before posting lists and for broad searches. */
    private AuditPage findByScan(FindAuditEventsQuery criteria) {
        int page = criteria.page();
        int size = criteria.size();
        Bson filter = filter(criteria);
        long total = index.countDocuments(filter);
        List<AuditEntry> items = new ArrayList<>(size);
        index.find(filter).sort(Sorts.orderBy(Sorts.descending(AuditIndexFields.POSITION), Sorts.descending("_id")))
                .skip(page * size).limit(size).forEach(entry -> items.add(entry(entry)));
        return new AuditPage(total, page, size, items);
    }

    private Optional<Document> indexed(AuditPostings.Posting posting) {
        return Optional.ofNullable(index.find(Filters.eq("_id", posting.eventId())).first());
    }

    /** The values a search names, field to value. */
    private static List<Map.Entry<String, String>> wantedValues(FindAuditEventsQuery criteria) {
        return equalities(criteria).entrySet().stream().filter(wanted -> wanted.getValue() != null).toList();
    }

    private static Map<String, String> equalities(FindAuditEventsQuery criteria) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(AuditIndexFields.USER, criteria.user());
        values.put(AuditIndexFields.ROLE, criteria.role());
        values.put(AuditIndexFields.CORRELATION_ID, criteria.correlationId());
        values.put(AuditIndexFields.COMPANY_ID, criteria.companyId());
        values.put(AuditIndexFields.AGGREGATE_TYPE, criteria.aggregateType());
        values.put(AuditIndexFields.AGGREGATE_ID, criteria.aggregateId());
        values.put(AuditIndexFields.TYPE, criteria.eventType());
        return values;
    }

    private static boolean byDates(FindAuditEventsQuery criteria) {
        return criteria.businessDateFrom() != null || criteria.businessDateTo() != null
                || criteria.recordedFrom() != null || criteria.recordedBefore() != null;
    }

    /** What {@link #filter} asks of the store, asked of one entry. */
    private static boolean meets(Document entry, FindAuditEventsQuery criteria) {
        for (Map.Entry<String, String> wanted : equalities(criteria).entrySet()) {
            if (wanted.getValue() != null && !wanted.getValue().equals(entry.getString(wanted.getKey()))) {
                return false;
            }
        }
        String businessDate = entry.getString(AuditIndexFields.BUSINESS_DATE);
        if (criteria.businessDateFrom() != null
                && (businessDate == null || businessDate.compareTo(criteria.businessDateFrom().toString()) < 0)) {
            return false;
        }
        if (criteria.businessDateTo() != null
                && (businessDate == null || businessDate.compareTo(criteria.businessDateTo().toString()) > 0)) {
            return false;
        }
        Date recordedAt = entry.getDate(AuditIndexFields.RECORDED_AT);
        if (criteria.recordedFrom() != null && recordedAt.before(Date.from(criteria.recordedFrom()))) {
            return false;
        }
        return criteria.recordedBefore() == null || recordedAt.before(Date.from(criteria.recordedBefore()));
    }

    /**
     * The ids of every event concerning the company (its own stream, the records opened for it, the events that
     * name it), in the order of the global position: what an export of the company holds.
     */
    public List<String> eventsOfCompany(String companyId) {
        if (AuditPostings.complete(postings)) {
            return AuditPostings.head(postings, AuditPostings.key(AuditIndexFields.COMPANY_ID, companyId))
                    .map(head -> AuditPostings.idsInOrder(postings, head)).orElse(List.of());
        }
        List<String> ids = new ArrayList<>();
        index.find(Filters.eq(AuditIndexFields.COMPANY_ID, companyId))
                .projection(new Document("_id", 1))
                .sort(Sorts.ascending(AuditIndexFields.POSITION))
                .forEach(entry -> ids.add(entry.getString("_id")));
        return ids;
    }

    /**
     * The ids of the records (event streams) with an event concerning the company, in the order first seen: one read of
     * the company's records where the index keeps them ({@link AuditIndexFields#COMPANIES}), else a scan of the index.
     */
    public List<String> recordsOfCompany(String companyId) {
        if (AuditPostings.complete(postings)) {
            Document company = companies.find(Filters.eq("_id", companyId)).first();
            return company == null ? List.of() : List.copyOf(company.getList(AuditIndexFields.RECORDS, String.class));
        }
        return recordsOfCompanyByScan(companyId);
    }

    /** The same by a scan of the whole index, for an index built before it kept each company's records. */
    private List<String> recordsOfCompanyByScan(String companyId) {
        Set<String> records = new LinkedHashSet<>();
        index.find(Filters.and(Filters.eq(AuditIndexFields.COMPANY_ID, companyId),
                        Filters.exists(AuditIndexFields.AGGREGATE_ID)))
                .projection(new Document(AuditIndexFields.AGGREGATE_ID, 1))
                .sort(Sorts.ascending(AuditIndexFields.POSITION))
                .forEach(entry -> records.add(entry.getString(AuditIndexFields.AGGREGATE_ID)));
        return List.copyOf(records);
    }

    private static Bson filter(FindAuditEventsQuery criteria) {
        List<Bson> filters = new ArrayList<>();
        equal(filters, AuditIndexFields.USER, criteria.user());
        equal(filters, AuditIndexFields.ROLE, criteria.role());
        equal(filters, AuditIndexFields.CORRELATION_ID, criteria.correlationId());
        equal(filters, AuditIndexFields.COMPANY_ID, criteria.companyId());
        equal(filters, AuditIndexFields.AGGREGATE_TYPE, criteria.aggregateType());
        equal(filters, AuditIndexFields.AGGREGATE_ID, criteria.aggregateId());
        equal(filters, AuditIndexFields.TYPE, criteria.eventType());
        if (criteria.businessDateFrom() != null) {
            filters.add(Filters.gte(AuditIndexFields.BUSINESS_DATE, criteria.businessDateFrom().toString()));
        }
        if (criteria.businessDateTo() != null) {
            filters.add(Filters.lte(AuditIndexFields.BUSINESS_DATE, criteria.businessDateTo().toString()));
        }
        if (criteria.recordedFrom() != null) {
            filters.add(Filters.gte(AuditIndexFields.RECORDED_AT, Date.from(criteria.recordedFrom())));
        }
        if (criteria.recordedBefore() != null) {
            filters.add(Filters.lt(AuditIndexFields.RECORDED_AT, Date.from(criteria.recordedBefore())));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    private static void equal(List<Bson> filters, String field, String value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
    }

    private static AuditEntry entry(Document entry) {
        String aggregateId = entry.getString(AuditIndexFields.AGGREGATE_ID);
        return new AuditEntry(entry.getLong(AuditIndexFields.POSITION), entry.getString("_id"),
                entry.getString(AuditIndexFields.AGGREGATE_TYPE), aggregateId, entry.getLong(AuditIndexFields.SEQUENCE),
                entry.getString(AuditIndexFields.TYPE), entry.getString(AuditIndexFields.COMPANY_ID),
                entry.getDate(AuditIndexFields.RECORDED_AT).toInstant(),
                entry.getString(AuditIndexFields.BUSINESS_DATE), entry.getString(AuditIndexFields.USER),
                entry.getString(AuditIndexFields.ROLE), entry.getString(AuditIndexFields.REASON),
                entry.getString(AuditIndexFields.CORRELATION_ID), entry.getString(AuditIndexFields.CAUSATION_ID),
                aggregateId == null ? null : "/api/audit/streams/" + aggregateId);
    }
}
