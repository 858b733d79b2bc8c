package org.smesupport.casework.api.audit;

/**
 * Walks the event store against its hash chain, for the auditors' page. Answered with a {@link ChainVerification},
 * or nothing where the events are in Axon Server and there is no chain.
 */
public record VerifyAuditChainQuery() {
}
