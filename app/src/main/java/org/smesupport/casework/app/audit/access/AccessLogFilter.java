package org.smesupport.casework.app.audit.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.MDC;
import org.smesupport.casework.api.audit.AccessEntry;
import org.smesupport.casework.api.audit.AccessKind;
import org.smesupport.casework.api.common.PersonalDataReaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes refusals and reads of personal information to the access log, once the answer is made: a 403 (refused by
 * role), a refused change (400, 404, 409, 422 to anything but a read, with the problem's rule), and a successful
 * read of a path that shows personal information (a consultation case with its notes, a record's stored events or
 * history, an audit export, the records behind a figure) by someone allowed to see it. One sits in the API's
 * security chain and one in the pages', each after the sign-in, so it knows who asked.
 */
public class AccessLogFilter extends OncePerRequestFilter {

    /**
     * The API's reads of personal information: a case (its notes), a lease (its decisions' comments), succession
     * records (the parties' names), stored events, a state, an export, the records behind a figure.
     */
    public static final Pattern API_PERSONAL_READS = Pattern.compile("/api/consultations/[^/]+(/.*)?"
            + "|/api/leases/(?!portfolio$|approvals$)[^/]+(/.*)?|/api/succession/.+|/api/audit/streams/.+"
            + "|/api/audit/export|/api/reports/[^/]+/[^/]+/figures/.+");
    /** The pages' reads of personal information: a case, a lease, a succession case, a record's history, records. */
    public static final Pattern PAGE_PERSONAL_READS = Pattern.compile(
            "/consultations/[^/]+|/leases/(?!new$)[^/]+|/succession/cases/(?!new$)[^/]+|/history/.+"
                    + "|/reports/[^/]+/[^/]+/figures/.+");
    /** The signed-in user of the request being served, in the log's context (JSON logs, the console pattern). */
    public static final String USER_MDC_KEY = "user";
    private static final Set<Integer> REFUSALS = Set.of(400, 404, 409, 422);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AccessLog log;
    private final Clock clock;
    private final Pattern personalReads;

    /** @param personalReads the paths whose successful reads show personal information */
    public AccessLogFilter(AccessLog log, Clock clock, Pattern personalReads) {
        this.log = log;
        this.clock = clock;
        this.personalReads = personalReads;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        // it runs where the request's user is known: the application's log lines of the request name them too
        MDC.put(USER_MDC_KEY, signedIn == null ? "" : signedIn.getName());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER_MDC_KEY);
        }
        AccessKind kind = kind(request, response.getStatus());
        if (kind == null) {
            return;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        Set<String> roles = who == null ? Set.of() : who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(role -> role.startsWith("ROLE_")).collect(Collectors.toSet());
        if (kind == AccessKind.PERSONAL_DATA_READ && !PersonalDataReaders.includeAny(roles)) {
            return;
        }
        String query = request.getQueryString();
        log.record(new AccessEntry(clock.instant(), kind, who == null ? null : who.getName(),
                roles.stream().map(role -> role.substring("ROLE_".length())).sorted().collect(Collectors.joining(",")),
                request.getMethod(), request.getRequestURI() + (query == null ? "" : "?" + query), response.getStatus(),
                Objects.toString(request.getAttribute(ProblemCapture.ATTRIBUTE), null), MDC.get("correlationId"),
                request.getRemoteAddr()));
    }

    private AccessKind kind(HttpServletRequest request, int status) {
        if (status == 403) {
            return AccessKind.ACCESS_DENIED;
        }
        boolean read = READS.contains(request.getMethod());
        if (!read && REFUSALS.contains(status)) {
            return AccessKind.REFUSED;
        }
        if (read && status >= 200 && status < 300
                && personalReads.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
            return AccessKind.PERSONAL_DATA_READ;
        }
        return null;
    }
}
