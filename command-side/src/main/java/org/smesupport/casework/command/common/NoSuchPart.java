package org.smesupport.casework.command.common;

/**
 * A command names a part of its aggregate (a payment, a request, a referral) by an id from the URL
 * that the aggregate does not have. Like an unknown aggregate id it is a 404, not a broken rule: the
 * client addressed something that does not exist.
 */
public class NoSuchPart extends BusinessRuleViolation {

    public NoSuchPart(String field, String code, Object... arguments) {
        super(field, code, arguments);
    }

    /** Refuses the command with the refusal {@code code} when {@code part} is {@code null}. */
    public static void refuseIfMissing(Object part, String field, String code, Object... arguments) {
        if (part == null) {
            throw new NoSuchPart(field, code, arguments);
        }
    }
}
