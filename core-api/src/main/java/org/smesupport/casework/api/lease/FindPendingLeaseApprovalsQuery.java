package org.smesupport.casework.api.lease;

/** The supervisor's queue, oldest request first; {@code kind} {@code null} for both kinds. */
public record FindPendingLeaseApprovalsQuery(ApprovalKind kind) {
}
