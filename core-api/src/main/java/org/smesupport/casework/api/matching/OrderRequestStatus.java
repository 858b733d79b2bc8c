package org.smesupport.casework.api.matching;

/** An order request takes introductions while OPEN; FILLED and WITHDRAWN are final. */
public enum OrderRequestStatus {
    OPEN,
    FILLED,
    WITHDRAWN
}
