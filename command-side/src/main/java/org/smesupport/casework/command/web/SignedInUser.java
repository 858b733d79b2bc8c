package org.smesupport.casework.command.web;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who requests, decides or reverses is always the authenticated user, never a field of the body:
 * maker-checker depends on it.
 */
public final class SignedInUser {

    private SignedInUser() {
    }

    /** Security lets no anonymous request reach a command; without a user there is no maker or checker. */
    public static String nameOf(Principal user) {
        if (user == null || user.getName() == null || user.getName().isBlank()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to request, decide or reverse.");
        }
        return user.getName();
    }
}
