package org.smesupport.casework.api.audit;

/** What an entry of the access log records. */
public enum AccessKind {
    /** a password sign-in refused (wrong user name or password) */
    SIGN_IN_FAILED,
    /** a sign-in refused before its password was checked: too many failures for the user or the address */
    SIGN_IN_THROTTLED,
    /** a signed-in user refused by role (403) */
    ACCESS_DENIED,
    /** a request to change something refused (400, 404, 409, 422), with the rule it broke */
    REFUSED,
    /** a read of personal information: a case with its notes, a record's stored events, an audit export */
    PERSONAL_DATA_READ
}
