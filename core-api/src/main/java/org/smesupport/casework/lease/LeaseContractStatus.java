package org.smesupport.casework.lease;

public enum LeaseContractStatus {
    ACTIVE,
    COMPLETED,
    SETTLED_EARLY
}
