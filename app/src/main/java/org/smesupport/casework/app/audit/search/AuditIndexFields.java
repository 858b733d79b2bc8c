package org.smesupport.casework.app.audit.search;

/**
 * The audit index ({@code audit_index}): one document per stored event, {@code _id} the event's id, with what an
 * auditor searches by — who (user, role), why (reason), which request (correlation id, causation id), what
 * (aggregate type and id, event type), for which company, when (business date, recording time) — and its global
 * position to order by.
 */
final class AuditIndexFields {

    static final String COLLECTION = "audit_index";
    /** Which company each aggregate opened for one company belongs to ({@code _id} the aggregate's id). */
    static final String AGGREGATES = "audit_index_aggregates";
    /**
     * Each company's records ({@code _id} the company's id, {@code records} the ids of the event streams with an event
     * concerning it, in the order first seen), so that an erasure finds them by one read instead of a scan of the index.
     * Complete where the posting lists are ({@link AuditPostings#complete}): both are built from the index's first event.
     */
    static final String COMPANIES = "audit_index_companies";
    static final String RECORDS = "records";

    static final String POSITION = "position";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String AGGREGATE_ID = "aggregateId";
    static final String SEQUENCE = "sequence";
    static final String TYPE = "type";
    static final String RECORDED_AT = "recordedAt";
    static final String BUSINESS_DATE = "businessDate";
    static final String USER = "user";
    static final String ROLE = "role";
    static final String REASON = "reason";
    static final String CORRELATION_ID = "correlationId";
    static final String CAUSATION_ID = "causationId";
    static final String COMPANY_ID = "companyId";

    private AuditIndexFields() {
    }
}
