package org.smesupport.casework.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the request-scoped audit headers: {@code X-Correlation-Id} (generated when absent and echoed
 * back) and {@code X-Business-Date} (an ISO date; a back-dated entry names the day it belongs to).
 * They travel to the command via the MDC, which also puts the correlation id on every log line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestMetadataFilter extends OncePerRequestFilter {

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String BUSINESS_DATE_HEADER = "X-Business-Date";
    static final String CORRELATION_MDC_KEY = "correlationId";
    static final String BUSINESS_DATE_MDC_KEY = "businessDate";
    private static final int MAX_CORRELATION_ID_LENGTH = 128;

    private final ObjectMapper objectMapper;

    RequestMetadataFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getHeader(CORRELATION_HEADER);
        if (correlationId == null || correlationId.isBlank() || correlationId.length() > MAX_CORRELATION_ID_LENGTH) {
            correlationId = UUID.randomUUID().toString();
        }
        String businessDate = request.getHeader(BUSINESS_DATE_HEADER);
        if (businessDate != null) {
            try {
                businessDate = LocalDate.parse(businessDate.trim()).toString();
            } catch (DateTimeParseException e) {
                reject(response, BUSINESS_DATE_HEADER + " must be an ISO date such as 2021-03-31, was '" + businessDate + "'");
                return;
            }
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request header");
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
