package org.smesupport.casework.app.idempotency;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Optional;

/** Where each (user, Idempotency-Key) and the first successful response to it are kept. */
interface IdempotencyStore {

    /**
     * Carries out a keyed request at most once: answers the response stored for the key before (the
     * caller replays it, or refuses it when the request differs or is still running), or, for a new
     * key, runs the request and keeps its response when it succeeded (2xx).
     */
    Optional<StoredResponse> runOnce(String id, String requestHash, Request request)
            throws IOException, ServletException;

    /** The request itself: runs the rest of the filter chain and returns what it answered. */
    @FunctionalInterface
    interface Request {
        StoredResponse run() throws IOException, ServletException;
    }

    record StoredResponse(String requestHash, boolean done, int status, String contentType, byte[] body) {

        static StoredResponse pending(String requestHash) {
            return new StoredResponse(requestHash, false, 0, null, new byte[0]);
        }

        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }
}
