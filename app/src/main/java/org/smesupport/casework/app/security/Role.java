package org.smesupport.casework.app.security;

/** The roles of the product's users. */
public enum Role {
    CASEWORKER,
    SUPERVISOR,
    AUDITOR,
    REPORTER,
    ADMIN
}
