package org.smesupport.casework.api.matching;

/** A page of order requests, newest first; {@code status} is optional ({@code null}). {@code page} counts from 0. */
public record FindOrderRequestsQuery(OrderRequestStatus status, int page, int size) {
}
