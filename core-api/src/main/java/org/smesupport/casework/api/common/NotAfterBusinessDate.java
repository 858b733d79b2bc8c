package org.smesupport.casework.api.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the date of a command on which money moves or a money decision takes effect (a payment, a
 * reversal, a write-off, a subsidy, a contract). The command side refuses the command when that date is
 * after the centre's business date: the close of business has not yet looked at that day, so a payment
 * dated then would be settled against arrears that do not exist yet. Earlier dates (a payment received
 * last Friday) are accepted.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NotAfterBusinessDate {
}
