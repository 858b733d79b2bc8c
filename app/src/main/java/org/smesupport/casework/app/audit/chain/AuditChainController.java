package org.smesupport.casework.app.audit.chain;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.audit.ChainVerification;
import org.smesupport.casework.api.audit.VerifyAuditChainQuery;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/audit/verify} (AUDITOR and ADMIN, as all of {@code /api/audit}): the whole event store walked
 * against the hash chain ({@link AuditChainVerifier}), reporting the first position where they disagree; and the
 * same on the query bus ({@link VerifyAuditChainQuery}).
 */
@RestController
class AuditChainController {

    private final Optional<AuditChainVerifier> verifier;

    AuditChainController(Optional<AuditChainVerifier> verifier) {
        this.verifier = verifier;
    }

    /** The same walk on the query bus, for the auditors' page: nothing where there is no chain. */
    @QueryHandler
    ChainVerification handle(VerifyAuditChainQuery query) {
        return verifier.map(AuditChainVerifier::verify).orElse(null);
    }

    /**
     * Verifies the whole event store against the audit hash chain.
     * Reports the first position where they disagree; 404 where the events are stored in Axon Server, which keeps no
     * hash chain.
     */
    @GetMapping("/api/audit/verify")
    ChainVerification verify() {
        return verifier.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "there is no hash chain "
                + "here: the events are stored in Axon Server, whose event files are append-only and checksummed"))
                .verify();
    }
}
