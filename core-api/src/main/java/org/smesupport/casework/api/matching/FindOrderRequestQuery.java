package org.smesupport.casework.api.matching;

/** One order request with its referrals; {@code null} if there is none by that id. */
public record FindOrderRequestQuery(OrderRequestId orderRequestId) {
}
