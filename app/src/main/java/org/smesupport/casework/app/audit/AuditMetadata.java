package org.smesupport.casework.app.audit;

/** The metadata keys every command and event carries for auditors. */
public final class AuditMetadata {

    public static final String USER = "user";
    public static final String ROLE = "role";
    public static final String REASON = "reason";
    public static final String BUSINESS_DATE = "businessDate";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    /** The user recorded for work the system does on its own (schedules, demo data). */
    public static final String SYSTEM_USER = "system";
    public static final String SYSTEM_ROLE = "SYSTEM";

    private AuditMetadata() {
    }
}
