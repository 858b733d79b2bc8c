package org.smesupport.casework.app.demo;

import java.time.LocalDate;
import org.smesupport.casework.app.audit.AuditMetadata;

/**
 * One command of the lease history, with the business date it happens on and who issues it. Routine
 * bookkeeping (contracts, payments, subsidies) is the loader's; maker-checker steps name the demo
 * caseworker and supervisor, as the audit trail of a real approval would.
 */
record DemoStep(LocalDate date, Object command, String user, String role) {

    static final String CASEWORKER = "caseworker";
    static final String SUPERVISOR = "supervisor";

    static DemoStep routine(LocalDate date, Object command) {
        return new DemoStep(date, command, "demo-loader", AuditMetadata.SYSTEM_ROLE);
    }

    static DemoStep byCaseworker(LocalDate date, Object command) {
        return new DemoStep(date, command, CASEWORKER, "CASEWORKER");
    }

    static DemoStep bySupervisor(LocalDate date, Object command) {
        return new DemoStep(date, command, SUPERVISOR, "SUPERVISOR");
    }
}
