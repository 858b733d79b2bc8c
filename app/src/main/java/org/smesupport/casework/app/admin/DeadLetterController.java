package org.smesupport.casework.app.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The events a projection has parked, and the operator's decisions on them (ADMIN only). */
@RestController
@RequestMapping("/api/admin/projections/{name}/dead-letters")
class DeadLetterController {

    private final DeadLetterAdministration deadLetters;

    DeadLetterController(DeadLetterAdministration deadLetters) {
        this.deadLetters = deadLetters;
    }

    /**
     * Lists the events the projection has parked, each with the error that parked it.
     * They are grouped by sequence: the aggregate whose later events wait behind them.
     *
     * @param name the projection's processor name, as {@code GET /api/admin/projections} lists it
     */
    @GetMapping
    List<DeadLetterView> list(@PathVariable String name) {
        return deadLetters.list(name);
    }

    /** Retries every parked sequence (after a fix or an upcaster); answers with what is still parked. */
    @PostMapping("/retry")
    List<DeadLetterView> retryAll(@PathVariable String name) {
        return deadLetters.retry(name, null);
    }

    /**
     * Retries one parked sequence; answers with what of it is still parked.
     * 404 when nothing is parked under the sequence.
     *
     * @param name     the projection's processor name
     * @param sequence the parked sequence: the id of the aggregate whose events wait in it
     */
    @PostMapping("/{sequence}/retry")
    List<DeadLetterView> retry(@PathVariable String name, @PathVariable String sequence) {
        return deadLetters.retry(name, sequence);
    }

    /** Drops the sequence's parked events for good; answers with what was evicted. */
    @PostMapping("/{sequence}/evict")
    List<DeadLetterView> evict(@PathVariable String name, @PathVariable String sequence,
                               @Valid @RequestBody EvictRequest request, Principal operator) {
        return deadLetters.evict(name, sequence, request.reason(), operator.getName());
    }

    /** @param reason why the events may be dropped, for the record (required) */
    record EvictRequest(@NotBlank String reason) {
    }
}
