package org.smesupport.casework.api.common;

import java.util.Collection;
import java.util.List;

/**
 * Who may read personal information ({@link PersonalData}): the staff who work the cases and auditors. A reader of
 * reports alone sees the records without the people in them, and no case's notes. The one statement of the rule,
 * for the API's and the pages' security, the drill-down and the access log.
 */
public final class PersonalDataReaders {

    /** The roles, as the security configuration names them. */
    public static final List<String> ROLES = List.of("CASEWORKER", "SUPERVISOR", "AUDITOR", "ADMIN");
    private static final String AUTHORITY_PREFIX = "ROLE_";

    private PersonalDataReaders() {
    }

    /** Whether any of the authorities ({@code ROLE_CASEWORKER}, …) or role names is one that may read it. */
    public static boolean includeAny(Collection<String> rolesOrAuthorities) {
        return rolesOrAuthorities.stream()
                .map(role -> role.startsWith(AUTHORITY_PREFIX) ? role.substring(AUTHORITY_PREFIX.length()) : role)
                .anyMatch(ROLES::contains);
    }
}
