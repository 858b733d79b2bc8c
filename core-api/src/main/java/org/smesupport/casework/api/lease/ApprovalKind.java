package org.smesupport.casework.api.lease;

/** The maker-checker requests a supervisor decides on. */
public enum ApprovalKind {
    DEFERRAL,
    WRITE_OFF,
    INTEREST_SUBSIDY,
    ARREARS_LIFT
}
