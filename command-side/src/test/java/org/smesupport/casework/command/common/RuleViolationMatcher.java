package org.smesupport.casework.command.common;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link BusinessRuleViolation} about a given field, so tests pin which rule refused. */
public final class RuleViolationMatcher extends TypeSafeMatcher<BusinessRuleViolation> {

    private final String field;

    private RuleViolationMatcher(String field) {
        this.field = field;
    }

    /** A violation about {@code field}; {@code null} for one about the command as a whole. */
    public static Matcher<BusinessRuleViolation> violationOf(String field) {
        return new RuleViolationMatcher(field);
    }

    @Override
    protected boolean matchesSafely(BusinessRuleViolation violation) {
        return field == null ? violation.field() == null : field.equals(violation.field());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a business rule violation on field ").appendValue(field);
    }
}
