package org.smesupport.casework.api.matching;

/** Registered suppliers ranked by fit for an order request, best first, each with its reasons. */
public record FindCandidateSuppliersQuery(OrderRequestId orderRequestId, int limit) {
}
