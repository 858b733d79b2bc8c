package org.smesupport.casework.app.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.smesupport.casework.app.idempotency.IdempotencyStore.StoredResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes command POSTs safe to retry: with an {@code Idempotency-Key} header, the first successful
 * response is stored and every retry with the same key and the same request gets that response
 * back ({@code Idempotency-Replayed: true}) without sending the command again. The same key with a
 * different request is refused (422); a retry while the first is still running gets 409. Keys are
 * per user. Runs after Spring Security, so only authenticated, authorised requests claim keys.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotency-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final ObjectMapper objectMapper;

    IdempotencyFilter(IdempotencyStore store, ObjectMapper objectMapper) {
        this.store = store;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(KEY_HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(KEY_HEADER).trim();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            problem(response, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String id = user() + "|" + key;
        String hash = fingerprint(request, body);
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        Optional<StoredResponse> earlier = store.runOnce(id, hash, () -> {
            chain.doFilter(new CachedBodyRequest(request, body), wrapped);
            return new StoredResponse(hash, true, wrapped.getStatus(), wrapped.getContentType(),
                    wrapped.getContentAsByteArray());
        });
        if (earlier.isPresent()) {
            replay(earlier.get(), hash, response);
        } else {
            wrapped.copyBodyToResponse();
        }
    }

    private void replay(StoredResponse earlier, String hash, HttpServletResponse response)
            throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request; use a new key.");
        } else if (!earlier.done()) {
            problem(response, HttpStatus.CONFLICT, "Request in progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly.");
        } else {
            response.setStatus(earlier.status());
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            response.setHeader(REPLAYED_HEADER, "true");
            response.getOutputStream().write(earlier.body());
        }
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
