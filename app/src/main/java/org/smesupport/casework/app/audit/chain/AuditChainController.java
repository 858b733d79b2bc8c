package org.smesupport.casework.app.audit.chain;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/audit/verify} (AUDITOR and ADMIN, as all of {@code /api/audit}): the whole event store walked
 * against the hash chain ({@link AuditChainVerifier}), reporting the first position where they disagree.
 */
@RestController
class AuditChainController {

    private final Optional<AuditChainVerifier> verifier;

    AuditChainController(Optional<AuditChainVerifier> verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/audit/verify")
    ChainVerification verify() {
        return verifier.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "there is no hash chain "
                + "here: the events are stored in Axon Server, whose event files are append-only and checksummed"))
                .verify();
    }
}
