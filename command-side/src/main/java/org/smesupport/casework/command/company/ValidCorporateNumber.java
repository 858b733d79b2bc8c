package org.smesupport.casework.command.company;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.smesupport.casework.api.company.CorporateNumber;

/**
 * A corporate number (法人番号): 13 digits whose first is the check digit over the other twelve. A
 * null value passes: whether the number may be missing is the company's rule (a sole proprietor has none).
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = ValidCorporateNumber.Validator.class)
public @interface ValidCorporateNumber {

    String message() default "must be a 13-digit corporate number (法人番号) whose first digit is the check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to the check core-api's {@link CorporateNumber} applies, so both always agree. */
    class Validator implements ConstraintValidator<ValidCorporateNumber, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CorporateNumber.isValid(value);
        }
    }
}
