package org.smesupport.casework.api.matching;

/** Whether a supplier takes introductions: registered (受注企業登録) until it withdraws. */
public enum SupplierStatus {
    REGISTERED,
    WITHDRAWN
}
