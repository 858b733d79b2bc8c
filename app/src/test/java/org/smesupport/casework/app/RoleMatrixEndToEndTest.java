package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * Who may read and do what, role by role, over the API and on the pages: every row of the matrix asked as every demo
 * role, a role not in the row refused with 403, a role in it let through (to a 200, or to the 400/404/422 its
 * request earns). Records that hold personal information (a case's notes, a lease's decision comments, succession
 * records' party names, histories) are for the staff who work the cases and auditors; a reporter reads the lists and
 * the reports; the audit trail is the auditors' and administrators'; administration, imports and erasure are the
 * administrators'; commands are the caseworkers', supervisors' and administrators', decisions the supervisors'.
 */
class RoleMatrixEndToEndTest extends EndToEndTest {

    private static final Set<String> EVERYONE = Set.of("caseworker", "supervisor", "auditor", "reporter", "admin");
    private static final Set<String> PERSONAL_DATA_READERS = Set.of("caseworker", "supervisor", "auditor", "admin");
    private static final Set<String> AUDIT = Set.of("auditor", "admin");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> RECORDERS = Set.of("caseworker", "supervisor", "admin");
    private static final Set<String> CHECKERS = Set.of("supervisor", "admin");

    @LocalServerPort
    int port;

    @Test
    void everyRoleReadsAndChangesWhatTheMatrixSaysAndIsRefusedTheRest() {
        Map<String, Set<String>> reads = new LinkedHashMap<>();
        reads.put("/api/companies", EVERYONE);
        reads.put("/api/consultations", EVERYONE);
        reads.put("/api/consultations/no-such-case", PERSONAL_DATA_READERS);
        reads.put("/api/leases", EVERYONE);
        reads.put("/api/leases/portfolio", EVERYONE);
        reads.put("/api/leases/no-such-lease", PERSONAL_DATA_READERS);
        reads.put("/api/leases/approvals", PERSONAL_DATA_READERS);
        reads.put("/api/succession/cases", PERSONAL_DATA_READERS);
        reads.put("/api/succession/deals", PERSONAL_DATA_READERS);
        reads.put("/api/restructuring/cases", EVERYONE);
        reads.put("/api/reports/consultations/2020", EVERYONE);
        reads.put("/api/reports/consultations/2020/figures/ONE_STOP/KIP_TOTAL", EVERYONE);
        reads.put("/api/audit/events", AUDIT);
        reads.put("/api/audit/verify", AUDIT);
        reads.put("/api/audit/access", AUDIT);
        reads.put("/api/audit/streams/no-such-record", AUDIT);
        reads.put("/api/admin/projections", ADMIN);
        reads.put("/api/imports", ADMIN);
        reads.forEach((path, allowed) -> EVERYONE.forEach(user -> {
            HttpStatus status = HttpStatus.valueOf(as(user).get(path).getStatusCode().value());
            assertThat(status == HttpStatus.FORBIDDEN).as("GET " + path + " as " + user + ": " + status)
                    .isEqualTo(!allowed.contains(user));
        }));

        Map<String, Set<String>> changes = new LinkedHashMap<>();
        changes.put("/api/consultations", RECORDERS);
        changes.put("/api/leases/no-such-lease/payments", RECORDERS);
        changes.put("/api/leases/no-such-lease/write-offs/w-1/approve", CHECKERS);
        changes.put("/api/leases/close-of-business", CHECKERS);
        changes.put("/api/fiscal-years/2020/close", CHECKERS);
        changes.put("/api/fiscal-years/2020/reopen", ADMIN);
        changes.put("/api/plans/plan-5/targets", ADMIN);
        changes.put("/api/admin/personal-data/erasures", ADMIN);
        changes.forEach((path, allowed) -> EVERYONE.forEach(user -> {
            HttpStatus status = HttpStatus.valueOf(as(user).post(path, Map.of()).getStatusCode().value());
            assertThat(status == HttpStatus.FORBIDDEN).as("POST " + path + " as " + user + ": " + status)
                    .isEqualTo(!allowed.contains(user));
            assertThat(status.is2xxSuccessful()).as("an empty request changes nothing: POST " + path).isFalse();
        }));

        Map<String, Set<String>> pages = new LinkedHashMap<>();
        pages.put("/consultations", EVERYONE);
        pages.put("/consultations/no-such-case", PERSONAL_DATA_READERS);
        pages.put("/leases", EVERYONE);
        pages.put("/leases/no-such-lease", PERSONAL_DATA_READERS);
        pages.put("/succession/cases/no-such-case", PERSONAL_DATA_READERS);
        pages.put("/reports", EVERYONE);
        pages.put("/history/no-such-record", AUDIT);
        pages.put("/audit/events", AUDIT);
        for (String user : List.copyOf(EVERYONE)) {
            PageSession session = new PageSession(port);
            session.signIn(user, ApiClient.PASSWORD);
            pages.forEach((path, allowed) -> {
                int status = session.get(path).statusCode();
                assertThat(status == 403).as("page " + path + " as " + user + ": " + status)
                        .isEqualTo(!allowed.contains(user));
            });
        }
    }
}
