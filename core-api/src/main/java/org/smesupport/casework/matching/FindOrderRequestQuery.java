package org.smesupport.casework.matching;

/** One order request with its referrals; {@code null} if there is none by that id. */
public record FindOrderRequestQuery(OrderRequestId orderRequestId) {
}
