package org.smesupport.casework.app.security;

import java.util.List;

/** The application was configured with settings anyone could exploit; it does not start. */
class InsecureDefaultsException extends RuntimeException {

    private final List<String> problems;

    InsecureDefaultsException(List<String> problems) {
        super("Refusing to start with insecure security settings: " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
