package org.smesupport.casework.api.restructuring;

public enum CreditorKind {
    BANK,
    GOVERNMENT_FINANCIAL_INSTITUTION,
    CREDIT_GUARANTEE_CORPORATION,
    LEASE_PROVIDER,
    OTHER
}
