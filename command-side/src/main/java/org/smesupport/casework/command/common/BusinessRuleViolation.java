package org.smesupport.casework.command.common;

import java.util.List;

/**
 * A command refused because it breaks a business rule. Its text is shown to the caseworker as it
 * stands, so it says what is wrong in the domain's words: {@code code} names it in the
 * {@code refusals} bundles (English, the message, and Japanese), {@code arguments} are the values it
 * names. {@code field} names the input at fault when there is one, so a form can point at it.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String field;
    private final String code;
    private final List<String> arguments;

    public BusinessRuleViolation(String field, String code, Object... arguments) {
        this(field, code, RefusalTexts.written(arguments));
    }

    private BusinessRuleViolation(String field, String code, List<String> arguments) {
        super(RefusalTexts.english(code, arguments));
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    /** Refuses the command with the refusal {@code code} when {@code broken} holds. */
    public static void refuseIf(boolean broken, String field, String code, Object... arguments) {
        if (broken) {
            throw new BusinessRuleViolation(field, code, arguments);
        }
    }

    /** Null or only whitespace: what "required text" rules refuse. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** {@code null} when the refusal concerns the command as a whole. */
    public String field() {
        return field;
    }

    /** The key of the refusal's text in the {@code refusals} bundles. */
    public String code() {
        return code;
    }

    /** The values the text names, written out. */
    public List<String> arguments() {
        return arguments;
    }
}
