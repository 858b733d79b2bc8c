package org.smesupport.casework.api.lease;

public enum LeaseContractStatus {
    ACTIVE,
    COMPLETED,
    SETTLED_EARLY
}
