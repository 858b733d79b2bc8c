package org.smesupport.casework.command.common;

/**
 * A command refused because it breaks a business rule. The message is shown to the caseworker as
 * it stands, so it says what is wrong in the domain's words; {@code field} names the input at fault
 * when there is one, so a form can point at it.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String field;

    public BusinessRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Refuses the command with {@code message} when {@code broken} holds. */
    public static void refuseIf(boolean broken, String field, String message) {
        if (broken) {
            throw new BusinessRuleViolation(field, message);
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
}
