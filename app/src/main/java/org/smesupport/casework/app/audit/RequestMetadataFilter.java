package org.smesupport.casework.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.smesupport.casework.api.common.AcceptedDates;
import org.smesupport.casework.command.closeofbusiness.BusinessCalendar;
import org.smesupport.casework.command.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the request-scoped audit headers: {@code X-Correlation-Id} (generated when absent and echoed
 * back) and {@code X-Business-Date} (a date written YYYY-MM-DD within the accepted dates and not after
 * the centre's business date; a back-dated entry names the day it belongs to; without it a command is
 * recorded under the centre's business date). They travel to the command via the MDC, which also
 * puts the correlation id on every log line, so a correlation id other than a plain token (letters,
 * digits, {@code . _ : -}) is replaced by a generated one rather than written into the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestMetadataFilter extends OncePerRequestFilter {

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String BUSINESS_DATE_HEADER = "X-Business-Date";
    static final String CORRELATION_MDC_KEY = "correlationId";
    static final String BUSINESS_DATE_MDC_KEY = "businessDate";
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ObjectMapper objectMapper;
    private final AcceptedDates dates;
    private final BusinessCalendar calendar;

    RequestMetadataFilter(ObjectMapper objectMapper, AcceptedDates dates, BusinessCalendar calendar) {
        this.objectMapper = objectMapper;
        this.dates = dates;
        this.calendar = calendar;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getHeader(CORRELATION_HEADER);
        if (correlationId == null || !CORRELATION_ID.matcher(correlationId).matches()) {
            correlationId = UUID.randomUUID().toString();
        }
        String businessDate = request.getHeader(BUSINESS_DATE_HEADER);
        if (businessDate != null) {
            Optional<LocalDate> date = dates.parse(businessDate.trim());
            if (date.isEmpty()) {
                reject(response, BUSINESS_DATE_HEADER + " must be " + dates.expected() + ".");
                return;
            }
            LocalDate centres = calendar.businessDate();
            if (date.get().isAfter(centres)) {
                reject(response, BUSINESS_DATE_HEADER + " " + date.get() + " is after the centre's business date "
                        + centres + ".");
                return;
            }
            businessDate = date.get().toString();
        }
        response.setHeader(CORRELATION_HEADER, correlationId);
        MDC.put(CORRELATION_MDC_KEY, correlationId);
        if (businessDate != null) {
            MDC.put(BUSINESS_DATE_MDC_KEY, businessDate);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(CORRELATION_MDC_KEY);
            MDC.remove(BUSINESS_DATE_MDC_KEY);
        }
    }

    private void reject(HttpServletResponse response, String detail) throws IOException {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-header", "Invalid request header", detail);
        problem.setProperty("field", BUSINESS_DATE_HEADER);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
