package org.smesupport.casework.command.common;

/**
 * A command refused because what it would register is held by another record already (a corporate
 * number by another company): a conflict (HTTP 409) whose message names the holder, so the caseworker
 * can open it instead of registering a duplicate.
 */
public class AlreadyRegistered extends RuntimeException {

    private final String field;

    public AlreadyRegistered(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
