package org.smesupport.casework.api.audit;

import java.util.List;

/**
 * The answer of {@code GET /api/audit/verify} and of {@link VerifyAuditChainQuery}: the event store walked row by
 * row against the chain. {@code verified} when nothing disagrees; {@code firstProblem} is the disagreement at the
 * lowest position and {@code problems} the first hundred of them by position ({@code problemCount} in all).
 * {@code pending} events were recorded after the chain's head and are not sealed yet (the chain follows the store
 * a moment behind); the head and the seals checked are given so that they can be compared with a copy kept apart.
 */
public record ChainVerification(boolean verified, long eventsInStore, long links, long pending, Link head,
                                int sealsChecked, ChainProblem firstProblem, int problemCount,
                                List<ChainProblem> problems) {

    /** A link: its number, the event's global position and the link's hash. */
    public record Link(long n, long position, String hash) {
    }
}
