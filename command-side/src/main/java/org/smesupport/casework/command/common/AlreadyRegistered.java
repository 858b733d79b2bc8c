package org.smesupport.casework.command.common;

import java.util.List;

/**
 * A command refused because what it would register is held by another record already (a corporate
 * number by another company): a conflict (HTTP 409) whose text names the holder, so the caseworker
 * can open it instead of registering a duplicate. {@code code} and {@code arguments} as for a
 * {@link BusinessRuleViolation}.
 */
public class AlreadyRegistered extends RuntimeException {

    private final String field;
    private final String code;
    private final List<String> arguments;

    public AlreadyRegistered(String field, String code, Object... arguments) {
        this(field, code, RefusalTexts.written(arguments));
    }

    private AlreadyRegistered(String field, String code, List<String> arguments) {
        super(RefusalTexts.english(code, arguments));
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
